"""Paper: printed sheets and handouts, the print and PDF commands, and the command line's export."""
