"""What reviewers make of pages: annotations (their vocabulary and records), tags, page review
status, and the corrected reading."""
