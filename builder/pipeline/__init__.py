"""The pipeline, one module per stage, in order:
readers -> clean -> segment -> quotes -> speakers -> attribute (-> builder.publish)."""
