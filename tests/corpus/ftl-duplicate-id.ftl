# One id defined twice in one file: the second is on line 3.
corpus-dup = first
corpus-dup = second
