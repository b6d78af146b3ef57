// monthend-xls FILE: the cells of an Excel 97-2003 .xls (BIFF), read through FreeXL, as text lines
// for XLSXReader's XLSWorkbook. FreeXL is C and can crash on a damaged file, so MonthEnd runs it in
// this process of its own: a crash here is a refused file there, never a crashed run.
//
// Output, one record per line, fields separated by a TAB; in text, backslash, TAB, LF and CR are
// written \\ \t \n \r:
//   S <name>                    a sheet starts (tab order)
//   R <row>                     a row with cells starts (1-based)
//   C <column> <type> <text>    a cell (1-based column); type n = number, s = text, d = date/time
// Exit 0 when the whole file was written; 2 when FreeXL cannot open it (stderr: its error code);
// 3 for a password-protected workbook; 64 for a wrong command line.
#include <freexl.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void put_text(const char *text) {
    for (const char *p = text; *p; p++) {
        switch (*p) {
        case '\\': fputs("\\\\", stdout); break;
        case '\t': fputs("\\t", stdout); break;
        case '\n': fputs("\\n", stdout); break;
        case '\r': fputs("\\r", stdout); break;
        default: putchar(*p);
        }
    }
}

// A double as the shortest text that reads back as it (whole numbers below 10^15 as digits).
static void put_number(double value) {
    char buffer[40];
    if (value == floor(value) && fabs(value) < 1e15) {
        snprintf(buffer, sizeof buffer, "%.0f", value);
    } else {
        for (int precision = 1; precision <= 17; precision++) {
            snprintf(buffer, sizeof buffer, "%.*G", precision, value);
            if (strtod(buffer, NULL) == value) break;
        }
    }
    fputs(buffer, stdout);
}

int main(int argc, char **argv) {
    if (argc != 2) {
        fputs("usage: monthend-xls FILE.xls\n", stderr);
        return 64;
    }
    const void *handle = NULL;
    int status = freexl_open(argv[1], &handle);
    if (status != FREEXL_OK) {
        fprintf(stderr, "%d\n", status);
        return 2;
    }
    unsigned int info = 0;
    if (freexl_get_info(handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED) {
        freexl_close(handle);
        return 3;
    }
    unsigned int sheets = 0;
    freexl_get_info(handle, FREEXL_BIFF_SHEET_COUNT, &sheets);
    for (unsigned short sheet = 0; sheet < sheets; sheet++) {
        const char *name = NULL;
        fputs("S\t", stdout);
        if (freexl_get_worksheet_name(handle, sheet, &name) == FREEXL_OK && name) put_text(name);
        putchar('\n');
        if (freexl_select_active_worksheet(handle, sheet) != FREEXL_OK) continue;
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (freexl_worksheet_dimensions(handle, &rows, &columns) != FREEXL_OK) continue;
        for (unsigned int row = 0; row < rows; row++) {
            int started = 0;
            for (unsigned short column = 0; column < columns; column++) {
                FreeXL_CellValue cell;
                if (freexl_get_cell_value(handle, row, column, &cell) != FREEXL_OK) continue;
                char type;
                switch (cell.type) {
                case FREEXL_CELL_INT: type = 'n'; break;
                case FREEXL_CELL_DOUBLE: type = 'n'; break;
                case FREEXL_CELL_TEXT: case FREEXL_CELL_SST_TEXT: type = 's'; break;
                case FREEXL_CELL_DATE: case FREEXL_CELL_DATETIME: case FREEXL_CELL_TIME: type = 'd'; break;
                default: continue;
                }
                if (type != 'n' && (cell.value.text_value == NULL || cell.value.text_value[0] == '\0')) continue;
                if (!started) {
                    printf("R\t%u\n", row + 1);
                    started = 1;
                }
                printf("C\t%u\t%c\t", column + 1, type);
                if (cell.type == FREEXL_CELL_INT) {
                    printf("%d", cell.value.int_value);
                } else if (cell.type == FREEXL_CELL_DOUBLE) {
                    put_number(cell.value.double_value);
                } else {
                    put_text(cell.value.text_value);
                }
                putchar('\n');
            }
        }
    }
    freexl_close(handle);
    return fflush(stdout) == 0 ? 0 : 1;
}
