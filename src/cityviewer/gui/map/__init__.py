"""The map: the pane and its tab, the drawing shared with exports and the locator, the tiles, the export."""
