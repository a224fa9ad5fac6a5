"""Printed and exported output (ReportLab PDFs, Excel, CSV). Takes data objects, never a session."""
