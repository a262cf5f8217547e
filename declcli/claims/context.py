"""What earlier sentences of an article told about its people.

A person named in full ("Russian President Vladimir Putin") is remembered
by surname, with the country and role the text gave, so that "Putin" later
is the same person with the same country; the person last named as a
subject or speaker is the antecedent of a later "he" or "she".
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Person:
    name: str
    country: str | None = None
    role: str | None = None


@dataclass
class Context:
    persons: dict[str, Person] = field(default_factory=dict)  # surname (and full name) -> person
    last_subject: str | None = None  # the person last named as a subject or a speaker
    last_person: str | None = None  # the person last named at all
    last_quote: tuple[str | None, str] | None = None  # (source, cue) of the last attributed quote

    def person(self, name: str) -> Person:
        """The person `name` stands for: a known full name, a known surname, or a new person."""
        words = name.split()
        known = self.persons.get(name) or (self.persons.get(words[-1]) if len(words) == 1 else None)
        if known is not None:
            return known
        person = Person(name)
        self.persons[name] = person
        # A later bare surname resolves to the first full name that had it.
        if len(words) > 1:
            self.persons.setdefault(words[-1], person)
        return person

    def antecedent(self) -> str | None:
        return self.last_subject or self.last_person


def person_name(token, ctx: Context) -> str | None:
    """The full name of the person entity `token` belongs to, or None."""
    if token.ent_type_ != "PERSON":
        return None
    span = entity_of(token)
    if span is None:
        return None
    name = clean_name(span.text)
    return ctx.person(name).name if name else None


def entity_of(token):
    for ent in token.doc.ents:
        if ent.start <= token.i < ent.end:
            return ent
    return None


_HONORIFICS = ("Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Dr", "Prof.", "Sen.", "Rep.", "Gov.", "Gen.")


def clean_name(text: str) -> str:
    """A person entity's text without possessive, honorific and stray punctuation."""
    text = text.strip(" ,.;:\"'“”‘’()")
    for suffix in ("'s", "’s", "'", "’"):
        if text.endswith(suffix):
            text = text[: -len(suffix)]
    words = text.split()
    while words and words[0] in _HONORIFICS:
        words = words[1:]
    return " ".join(words)
