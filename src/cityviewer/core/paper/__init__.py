"""Paper, Qt-free: a sheet's HTML, the PDF file's naming and metadata, the paper's colours."""
