/*
 * floor: the lower bound for writing MonthEnd's workbook. Writes the same number of cells, of the
 * same types, into one sheet per area with libxlsxwriter in constant-memory mode and does nothing
 * else (no reading, no reconciliation), so `monthend run` time / floor time is the cost of
 * everything MonthEnd adds to bare XLSX writing.
 *
 *   gcc -O2 -o floor floor.c -lxlsxwriter
 *   floor COUNTS.tsv OUT.xlsx
 *
 * COUNTS.tsv (written by bench/count_cells.py from the workbook monthend wrote): '#' lines are
 * comments; every other line is one sheet, tab-separated:
 *   name  rows  cols  strings  string_bytes  numbers  dates  formulas  booleans
 * rows x cols is the sheet's used range; the typed counts are its non-empty cells. The cells are
 * laid out row by row over `rows` rows (as evenly as the counts allow), types interleaved in
 * proportion, strings `string_bytes / strings` bytes long (UTF-8, mostly CJK), numbers with
 * `#,##0.00`, dates as real dates `yyyy-mm-dd`, formulas with a stored result, the first row bold.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

#define MAX_SHEETS 64

typedef struct {
    char name[128];
    long rows, cols, strings, string_bytes, numbers, dates, formulas, booleans;
} sheet_counts;

enum { T_STRING, T_NUMBER, T_DATE, T_FORMULA, T_BOOLEAN, T_COUNT };

static int read_counts(const char *path, sheet_counts *sheets) {
    FILE *f = fopen(path, "r");
    if (!f) {
        perror(path);
        exit(1);
    }
    char line[1024];
    int n = 0;
    while (fgets(line, sizeof line, f)) {
        if (line[0] == '#' || line[0] == '\n') continue;
        if (n == MAX_SHEETS) {
            fprintf(stderr, "%s: more than %d sheets\n", path, MAX_SHEETS);
            exit(1);
        }
        sheet_counts *s = &sheets[n];
        char *tab = strchr(line, '\t');
        if (!tab || tab - line >= (long)sizeof s->name) {
            fprintf(stderr, "%s: bad line: %s", path, line);
            exit(1);
        }
        memcpy(s->name, line, (size_t)(tab - line));
        s->name[tab - line] = '\0';
        if (sscanf(tab + 1, "%ld %ld %ld %ld %ld %ld %ld %ld", &s->rows, &s->cols, &s->strings,
                   &s->string_bytes, &s->numbers, &s->dates, &s->formulas, &s->booleans) != 8) {
            fprintf(stderr, "%s: bad counts: %s", path, line);
            exit(1);
        }
        n++;
    }
    fclose(f);
    return n;
}

/* A UTF-8 text of `bytes` bytes (at least its serial): CJK filler, ASCII padding, a serial. */
static void make_text(char *out, long bytes, long serial) {
    static const char *filler = "顺丰速运月结账单运费保价重量不符快递对账应收账款回款明细盘点差异";
    char digits[24];
    int dlen = snprintf(digits, sizeof digits, "%ld", serial);
    long room = bytes - dlen;
    if (room < 0) room = 0;
    if (room > 1000) room = 1000;
    long cjk = room - room % 3, flen = (long)strlen(filler), i = 0;
    while (i < cjk) {
        long take = cjk - i < flen ? cjk - i : flen;
        memcpy(out + i, filler, (size_t)take);
        i += take;
    }
    while (i < room) out[i++] = 'x';
    memcpy(out + i, digits, (size_t)dlen + 1);
}

static void check(lxw_error err, const char *what) {
    if (err != LXW_NO_ERROR) {
        fprintf(stderr, "floor: %s: %s\n", what, lxw_strerror(err));
        exit(1);
    }
}

int main(int argc, char **argv) {
    if (argc != 3) {
        fprintf(stderr, "usage: %s COUNTS.tsv OUT.xlsx\n", argv[0]);
        return 64;
    }
    static sheet_counts sheets[MAX_SHEETS];
    int nsheets = read_counts(argv[1], sheets);

    lxw_workbook_options options = {.constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_FALSE};
    lxw_workbook *wb = workbook_new_opt(argv[2], &options);
    if (!wb) {
        fprintf(stderr, "floor: cannot create %s\n", argv[2]);
        return 1;
    }
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(wb);
    format_set_num_format(money, "#,##0.00");
    lxw_format *date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy-mm-dd");

    char text[1100];
    long total_cells = 0;
    for (int s = 0; s < nsheets; s++) {
        sheet_counts *c = &sheets[s];
        lxw_worksheet *ws = workbook_add_worksheet(wb, c->name);
        if (!ws) {
            fprintf(stderr, "floor: cannot add sheet \"%s\"\n", c->name);
            return 1;
        }
        long want[T_COUNT] = {c->strings, c->numbers, c->dates, c->formulas, c->booleans};
        long done[T_COUNT] = {0};
        long total = 0;
        for (int t = 0; t < T_COUNT; t++) total += want[t];
        if (total == 0 || c->rows == 0) continue;
        long rows = c->rows, cols = c->cols > 0 ? c->cols : 1;
        long text_bytes = c->strings ? c->string_bytes / c->strings : 0;
        lxw_datetime day = {2026, 10, 1, 0, 0, 0};
        for (long k = 0; k < total; k++) {
            /* cell k goes to row k*rows/total, columns filled left to right within the row */
            lxw_row_t row = (lxw_row_t)(k * rows / total);
            long row_start = (long)(((__int128)row * total + rows - 1) / rows);
            lxw_col_t col = (lxw_col_t)((k - row_start) % cols);
            /* the type furthest behind its share so far */
            int type = 0;
            double best = -1e300;
            for (int t = 0; t < T_COUNT; t++) {
                if (done[t] >= want[t]) continue;
                double lag = (double)(k + 1) * want[t] / total - done[t];
                if (lag > best) {
                    best = lag;
                    type = t;
                }
            }
            if (row == 0 && done[T_STRING] < want[T_STRING]) type = T_STRING; /* the header row */
            done[type]++;
            lxw_error err = LXW_NO_ERROR;
            switch (type) {
            case T_STRING:
                make_text(text, text_bytes, k);
                err = worksheet_write_string(ws, row, col, text, row == 0 ? bold : NULL);
                break;
            case T_NUMBER:
                err = worksheet_write_number(ws, row, col, (double)(k % 1000003) / 100.0, money);
                break;
            case T_DATE:
                day.day = (int)(k % 31) + 1;
                err = worksheet_write_datetime(ws, row, col, &day, date);
                break;
            case T_FORMULA:
                err = worksheet_write_formula_num(ws, row, col, "=SUM(A1:A2)", money, (double)k);
                break;
            case T_BOOLEAN:
                err = worksheet_write_boolean(ws, row, col, (int)(k & 1), NULL);
                break;
            }
            check(err, "write cell");
        }
        total_cells += total;
    }
    check(workbook_close(wb), "close workbook");
    fprintf(stderr, "floor: %d sheets, %ld cells\n", nsheets, total_cells);
    return 0;
}
