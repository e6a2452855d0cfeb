"""The study panes: Compare, the quiz (its map and its result sheet), the starred entries and the reading list."""
