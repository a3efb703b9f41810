"""Reading input documents: text files, HTML, JSONL, stdin."""
