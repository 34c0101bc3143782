X = "loaded"
