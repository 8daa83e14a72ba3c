"""Publishing: sources/ -> dist/ (a Hugging Face dataset folder with its card) -> the Hub.

Modules: `inputs` (the read stage over a sources folder and its manifest), `features`
(dataset features and rows derived from the pydantic records), `writer` (sharded JSONL and
statistics), `card` (the dataset card), `accuracy` (figures on gold), `build` (the streaming
build, atomic swap and `build_cli`), `hub` (upload, `publish_cli`).
"""
