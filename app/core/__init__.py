"""The Qt-free domain of Redline. Functions here take a Library and return plain dataclasses."""
