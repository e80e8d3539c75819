"""The main window, which composes the panes, and starting it."""
