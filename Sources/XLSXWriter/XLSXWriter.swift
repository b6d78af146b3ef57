// The Swift owner of libxlsxwriter; the only importer of CXLSXWriter.
