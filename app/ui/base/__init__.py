"""Qt plumbing every pane uses: background workers, settings, the annotating person's name, the
long-job dialog."""
