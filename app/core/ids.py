"""Typed ids, so that signatures say which id they take."""

from typing import NewType

DocumentId = NewType("DocumentId", int)
PageId = NewType("PageId", int)
TextLayerId = NewType("TextLayerId", int)
AnnotationId = NewType("AnnotationId", int)
TagId = NewType("TagId", int)
