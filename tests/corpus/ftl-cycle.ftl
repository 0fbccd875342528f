# Two messages that lead to each other: Fluent would show the id.
corpus-cyc-a = { corpus-cyc-b }
corpus-cyc-b = see { corpus-cyc-a }
