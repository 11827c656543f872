"""Plot sentences and spoilers (bot.extract.plot)."""

from bot.extract import extract_document


def test_story_sentences_in_order_with_the_ending_marked():
    facts = extract_document(
        "Stone Bridge is a 1983 drama film. It follows Ada Brandt (Greta Holm), a pilot.\n"
        "Ada meets Karl (Ivo Sand) at the bridge and decides to stay. "
        "Greta Holm gives a superb performance. "
        "In the end Ada dies on the bridge, and Karl finally leaves town."
    )
    plot = [(p.text, p.spoiler) for p in facts.plot]
    assert plot == [
        ("It follows Ada Brandt (Greta Holm), a pilot.", False),
        ("Ada meets Karl (Ivo Sand) at the bridge and decides to stay.", False),
        ("In the end Ada dies on the bridge, and Karl finally leaves town.", True),
    ]
