class K:
    """Doc."""
    print(__module__, __qualname__)
    class Inner:
        print(__qualname__)
