"""Built-in evaluation against annotated data (`marsad evaluate ...`)."""
