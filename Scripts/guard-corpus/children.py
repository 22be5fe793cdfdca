"""Names nobody registered, not taken from faker: first names given to
many children born in England and Wales in the last twenty years, written
by hand, in frames with no title, relation or other cue. They measure how
far the gazetteer reaches, not the context rules."""

NAMES = [
    "Alfie", "Freya", "Isla", "Poppy", "Jaxon", "Harper", "Oakley", "Nevaeh", "Maisie", "Kacey", "Brooklyn", "Reggie",
    "Ezra", "Theo", "Layla", "Ivy", "Arlo", "Amelia", "Olivia", "Muhammad", "Noah", "Oscar", "Leo", "Archie", "Lily",
    "Ava", "Mia", "Evie", "Ruby", "Sienna", "Riley", "Logan", "Mason", "Jayden", "Tommy", "Lacey", "Kai", "Ellie-May",
    "Tiffany", "Bobby", "Frankie", "Harley", "Teddy", "Albie", "Ronnie", "Darcie", "Esme", "Nancy", "Aisha", "Zainab",
]

FRAMES = [
    "{n} was seen alone by the social worker.",
    "The school were worried about {n} and her sister.",
    "The health visitor saw {n} at home with mother.",
    "Worries about {n} were raised by the nursery.",
    "Police spoke to {n} at the address.",
]
