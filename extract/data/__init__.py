"""Data tables shipped with the extractor (label taxonomy, character folding)."""
