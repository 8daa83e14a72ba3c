"""builder: who said what, from news articles, published as a Hugging Face dataset."""
from builder.extract import analyse, extract
from builder.models import Article, Extraction, Quote, Rejection

__version__ = "0.3.9"
__all__ = ["Article", "Extraction", "Quote", "Rejection", "analyse", "extract", "__version__"]
