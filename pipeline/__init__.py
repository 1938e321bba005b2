"""baocao's pipeline: ingestion, normalisation, dataset writing and the CLI."""
__version__ = "0.1.0"
