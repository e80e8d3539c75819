"""Detection: classification markings, stamps, identifiers and exemption codes in the text,
redaction boxes on the page images, stored as proposals for a person to decide; the redaction
report."""
