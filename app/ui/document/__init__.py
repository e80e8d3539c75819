"""One open document on screen: the scan and its text linked word by word, thumbnails and
rendering, annotations drawn in the text, the OCR offer, the text-layer switcher, doubtful
words."""
