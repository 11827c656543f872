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


def test_only_the_end_of_the_story_is_a_spoiler():
    facts = extract_document(
        "Anouk Ruane plays Petra, and Stellan Hale is Oskar. "
        "Petra takes the night shift after her mother dies. Oskar calls the show every night with a story. "
        "As it turns out, the lonely man needs a listener more than an audience. Petra begins to look for him. "
        "In the end, Oskar drowns in the storm and Petra reads his letter on the air.\n\n"
        "The final scene is particularly moving."
    )
    assert [p.text[:20] for p in facts.plot if p.spoiler] == ["In the end, Oskar dr"]
    assert not any(p.text.startswith("The final scene") for p in facts.plot)
