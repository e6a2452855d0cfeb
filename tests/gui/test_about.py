"""The About box: versions and the credits each data licence asks for (the shipped credits: tests/content/gui)."""

from cityviewer import version
from cityviewer.gui.about import about_html


def test_about_box_names_the_versions_and_credits(dataset):
    html = about_html(dataset.info)
    assert version() in html and dataset.info.data_version in html
    for name, text in dataset.info.credits:
        assert name in html and text.replace("'", "&#x27;") in html


def test_credits_are_escaped(dataset):

    info = dataset.info._replace(credits=(("<b>x</b>", "<script>y</script>"),))
    html = about_html(info)
    assert "<script>" not in html and "&lt;script&gt;" in html
