"""Text preparation: quotes and signatures are context, forwarded content is the message."""

from __future__ import annotations

from classifier.features import Vectorizer
from classifier.textprep import is_forward, prepare


def test_quoted_reply_and_signature_are_context() -> None:
    body = (
        "Thanks, that fixed it.\n\nOn Mon, 3 Jun 2024, Ann wrote:\n> Please delete the lock file.\n"
        "\n-- \nBob\nhttp://bob.example.org\n"
    )
    prepared = prepare("Re: build fails", body)
    assert "Thanks, that fixed it." in prepared.main
    assert "delete the lock file" in prepared.context
    assert "Bob" in prepared.context
    assert "Bob" not in prepared.main


def test_forwarded_content_is_main_text() -> None:
    body = (
        "Can you take this?\n\n---------- Forwarded message ---------\nFrom: Tom <t@x.org>\n\n"
        "> Please erase my account.\n"
    )
    prepared = prepare("Fwd: data", body)
    assert "Please erase my account." in prepared.main
    assert is_forward("WG: Auskunft")
    assert is_forward("Re: Fwd: x")
    assert not is_forward("Re: x")


def test_context_weighs_less_than_own_text() -> None:
    vectorizer = Vectorizer([prepare("delete account", "hello there")] * 2)
    own = vectorizer.transform_one(prepare("x", "delete account\nhello there"))
    quoted = vectorizer.transform_one(prepare("x", "hello there\n> delete account"))
    index = vectorizer.word_index["delete"]
    assert own[0, index] > quoted[0, index] > 0


def test_evidence_shows_words_not_fragments() -> None:
    vectorizer = Vectorizer([prepare("deletion", "deletion request")] * 2)
    gram = vectorizer.char_index["elet"]
    assert vectorizer.display(gram, "My Deletion request") == "Deletion"
