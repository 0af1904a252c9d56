"""Putting first, among the candidates ranked about as well as the best, the passage that shows
what the question asks in a way the best does not. Translated and paraphrased questions find
passages about the things they name nearly as well whether or not those passages say what is
asked; each module here knows one way a passage says it:

- :mod:`~bot.answer.first.close`: the shared rule (close to the best, within its document);
- :mod:`~bot.answer.first.byline`: who wrote the text -- the passage holding its byline;
- :mod:`~bot.answer.first.dynasty`: a date under a named dynasty -- a year of that dynasty;
- :mod:`~bot.answer.first.located`: where something is -- the passage writing 位于/今屬;
- :mod:`~bot.answer.first.most`: which one is the most -- the passage writing that 最X;
- :mod:`~bot.answer.first.event`: when something happened -- the date its verb follows;
- :mod:`~bot.answer.first.measure`: how many of a thing -- the count in its measure word;
- :mod:`~bot.answer.first.earliest`: the earliest year -- the earliest close year;
- :mod:`~bot.answer.first.fit`: a tie on words -- settled by how well the figure fits;
- :mod:`~bot.answer.first.order`: the order they are applied in.
"""
