"""The map's model, Qt-free: the projection and extents, the basemap's outlines, the labels' placement."""
