# An identifier with a space: a Fluent syntax error on line 3.
corpus-ok = fine
corpus broken = { $amount }
corpus-after = still here
