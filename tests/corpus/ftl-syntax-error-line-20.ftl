# A placeable left open on line 20: the error is reported there, not where the parser stopped.
corpus-line-1 =
    first line of 1
corpus-line-2 =
    first line of 2
corpus-line-3 =
    first line of 3
corpus-line-4 =
    first line of 4
corpus-line-5 =
    first line of 5
corpus-line-6 =
    first line of 6

## a group comment
corpus-before = fine
# a comment
corpus-ok-2 = fine too

corpus-open = { $amount

corpus-after = still here
