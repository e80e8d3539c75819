"""Making and reviewing annotations in the window: actions with undo, shapes on the scan, the
list, menus, proposals, tags, page review."""
