"""The About box of the shipped dataset: the credits its data licences ask for and its source article."""

from cityviewer.gui.about import about_html


def test_about_box_names_the_shipped_credits(dataset):
    html = about_html(dataset.info)
    assert "GeoNames" in html and "Creative Commons Attribution 4.0" in html and "Census" in html


def test_about_box_identifies_the_source_article(dataset):
    html = about_html(dataset.info)
    assert "The 10 biggest cities in North Korea" in html and "undated web article" in html
    assert "author and publisher are not stated" in html
    assert "27 cities and 13 provinces." in html  # plural forms through %n


def test_about_box_credits_the_map_outlines(dataset):
    html = about_html(dataset.info)
    assert "Natural Earth" in html and "public domain" in html
