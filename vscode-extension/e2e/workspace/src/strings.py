def reverse_words(sentence):
    """Reverse the order of the words in a sentence."""
    return " ".join(reversed(sentence.split()))
