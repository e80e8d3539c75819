"""Generated sample documents: invented memos typed, aged and scanned, with their ground truth;
and the sample library `make run` opens. Tests and benchmarks use them too."""
