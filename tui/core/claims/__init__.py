"""Claims: gazetteer, actor lexicon, statement extraction and claim tracking."""
