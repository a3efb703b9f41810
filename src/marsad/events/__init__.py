"""Event coding: PLOVER who-did-what-to-whom, where and when, with factuality."""
