"""The typed error family every layer speaks.

An error carries a stable ``code`` and ``params``; it never carries translated text. The
message template (English source, translated by the ui) lives in :data:`MESSAGES`.
"""

from __future__ import annotations

from typing import Any

from rumahbatik.domain.i18n import QT_TRANSLATE_NOOP

#: Message templates by error code, in the "Errors" translation context.
MESSAGES: dict[str, str] = {
    "permission_denied": QT_TRANSLATE_NOOP(
        "Errors", "Your role ({role}) may not do this: {action}. Ask a manager or an admin."
    ),
    "not_logged_in": QT_TRANSLATE_NOOP("Errors", "Please log in first."),
    "login_failed": QT_TRANSLATE_NOOP(
        "Errors", "The user name or password is wrong. Check both and try again."
    ),
    "login_throttled": QT_TRANSLATE_NOOP(
        "Errors",
        "Too many wrong passwords for {username}. Wait {seconds} seconds and try again.",
    ),
    "user_inactive": QT_TRANSLATE_NOOP(
        "Errors", "The account {username} is switched off. Ask an admin to switch it on."
    ),
    "username_taken": QT_TRANSLATE_NOOP(
        "Errors", "The user name {username} is already used. Choose another one."
    ),
    "username_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "A user name needs 3 to 32 characters: letters, digits, dot, dash or underscore.",
    ),
    "password_too_short": QT_TRANSLATE_NOOP(
        "Errors", "The password needs at least {min} characters."
    ),
    "password_mismatch": QT_TRANSLATE_NOOP(
        "Errors", "The two passwords are not the same. Type them again."
    ),
    "role_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Unknown role {role}. Use one of: admin, manager, staff, instructor."
    ),
    "first_admin_exists": QT_TRANSLATE_NOOP(
        "Errors", "This database already has users; log in instead."
    ),
    "last_admin": QT_TRANSLATE_NOOP(
        "Errors", "At least one active admin must remain. Make another user admin first."
    ),
    "not_found": QT_TRANSLATE_NOOP("Errors", "{what} was not found. It may have been deleted."),
    "required": QT_TRANSLATE_NOOP("Errors", "{field} is required."),
    "setting_unknown": QT_TRANSLATE_NOOP("Errors", "There is no setting called {key}."),
    "setting_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: {reason}"),
    "value_invalid": QT_TRANSLATE_NOOP("Errors", "{field}: {reason}"),
    "database_not_empty": QT_TRANSLATE_NOOP(
        "Errors", "The database already has data. Use --force to replace it with the demo."
    ),
    "backup_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not a usable Rumah Batik backup: {reason}"
    ),
    "backup_newer": QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {path} was made by a newer version of Rumah Batik. Update the program first.",
    ),
    "export_unknown": QT_TRANSLATE_NOOP(
        "Errors", "There is no export called {name}. Known exports: {known}."
    ),
    "file_type_unknown": QT_TRANSLATE_NOOP(
        "Errors", "{path}: use a file name ending in {allowed}."
    ),
    "database_unreachable": QT_TRANSLATE_NOOP("Errors", "The database cannot be opened: {reason}"),
    # people, suppliers, regions and their import
    "nik_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "The NIK {nik} already belongs to {name}. Check the number, or open {name}'s record "
        "instead of typing the person again.",
    ),
    "date_future": QT_TRANSLATE_NOOP(
        "Errors", "{field}: {date} is in the future. Check the day, month and year."
    ),
    "date_unreadable": QT_TRANSLATE_NOOP(
        "Errors", '{field}: "{value}" is not a date. Write it as dd/mm/yyyy, e.g. 23/05/2022.'
    ),
    "gender_unreadable": QT_TRANSLATE_NOOP(
        "Errors", '{field}: "{value}" is not a gender. Write L or P (Laki-laki, Perempuan).'
    ),
    "region_unknown": QT_TRANSLATE_NOOP(
        "Errors",
        '{field}: "{value}" is not in the list. Choose one from the list (or add it '
        "under Regions first).",
    ),
    "kelurahan_mismatch": QT_TRANSLATE_NOOP(
        "Errors",
        "Kelurahan {kelurahan} is not in kecamatan {kecamatan}. Choose a kelurahan of "
        "{kecamatan}, or change the kecamatan.",
    ),
    "technique_unknown": QT_TRANSLATE_NOOP(
        "Errors", 'Unknown technique "{technique}". Use one of: {choices}.'
    ),
    "skill_level_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        'The skill level "{level}" for {technique} is not valid. Use 1 (beginner), '
        "2 (capable), 3 (skilled) or 4 (master).",
    ),
    "person_has_history": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} cannot be deleted: the records keep their history ({designed} motif(s) "
        "designed, {co_designed} co-designed, {trainings} training(s), {batches} production "
        "batch(es), stock or wages). Set them inactive instead.",
    ),
    "walk_in_protected": QT_TRANSLATE_NOOP(
        "Errors",
        '"{name}" is the walk-in customer that counter sales use. It cannot be deleted or '
        "switched off; rename it if needed.",
    ),
    "supplier_name_taken": QT_TRANSLATE_NOOP(
        "Errors", "A supplier called {name} already exists. Choose another name or edit that one."
    ),
    "region_name_taken": QT_TRANSLATE_NOOP(
        "Errors", "{name} already exists there. Choose another name."
    ),
    "region_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} cannot be deleted: {people} person/people and {children} kelurahan use it. "
        "Switch it off instead.",
    ),
    "import_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{path} cannot be read as a CSV or Excel file: {reason}"
    ),
    "import_no_name_column": QT_TRANSLATE_NOOP(
        "Errors", "Choose which column of the file holds the name."
    ),
    "import_empty": QT_TRANSLATE_NOOP("Errors", "The file has no rows to import."),
    "import_has_errors": QT_TRANSLATE_NOOP(
        "Errors",
        "{count} row(s) have errors, so nothing was imported. Fix them in the file and try "
        "again, or choose to import only the valid rows.",
    ),
    "duplicate_in_file": QT_TRANSLATE_NOOP(
        "Errors", "The NIK {nik} is also in row {other_row} of the file."
    ),
    # the motif catalogue
    "motif_code_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "The motif code {motif_code} is already used by {name}. Choose another code, or leave it "
        "empty to get the next free one.",
    ),
    "motif_code_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The motif code {motif_code} may only hold letters, digits and . _ / - (e.g. MTF-001).",
    ),
    "motif_status_change": QT_TRANSLATE_NOOP(
        "Errors",
        "A motif cannot go from {old} back to {new}. Make a new version or a new motif instead.",
    ),
    "motif_delete_refused": QT_TRANSLATE_NOOP(
        "Errors",
        "The motif {name} is {status} and may already be used for products and sales, so it "
        "cannot be deleted. Set it retired instead.",
    ),
    "colour_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The colour {name} has the code {hex}, which is not a colour. Write it as # and six "
        "hexadecimal digits, e.g. #8b5a2b.",
    ),
    "hki_date_required": QT_TRANSLATE_NOOP(
        "Errors",
        "The HKI registration {number} needs its registration date. Enter the date, or clear "
        "the number.",
    ),
    "designer_not_artisan": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not an artisan. Choose the designer and co-designers from the artisans.",
    ),
    # training: courses, cohorts, attendance, scores, results, certificates
    "course_code_taken": QT_TRANSLATE_NOOP(
        "Errors", "The course code {course_code} is already used. Choose another code."
    ),
    "course_no_units": QT_TRANSLATE_NOOP(
        "Errors", "A course needs at least one competency unit with a weight above 0."
    ),
    "unit_duplicate": QT_TRANSLATE_NOOP(
        "Errors", "The competency unit {name} is listed twice. Give each unit its own name."
    ),
    "unit_in_use": QT_TRANSLATE_NOOP(
        "Errors",
        "The competency unit {name} already has scores, so it cannot be removed. Keep it, or "
        "give it another name instead.",
    ),
    "cohort_code_taken": QT_TRANSLATE_NOOP(
        "Errors",
        "The cohort code {cohort_code} is already used. Choose another code, or leave it empty "
        "to get the next free one.",
    ),
    "cohort_dates": QT_TRANSLATE_NOOP(
        "Errors",
        "The cohort ends ({end}) before it starts ({start}). Check the two dates.",
    ),
    "cohort_too_long": QT_TRANSLATE_NOOP(
        "Errors", "A cohort may last at most {max} days; {start} to {end} is {days} days."
    ),
    "cohort_status_change": QT_TRANSLATE_NOOP(
        "Errors",
        "A cohort cannot go from {old} to {new}. The order is planned, running, finished.",
    ),
    "cohort_finished": QT_TRANSLATE_NOOP(
        "Errors",
        "The cohort {cohort_code} is finished, so its trainees, attendance and scores can no "
        "longer change. A manager can override one result with a reason.",
    ),
    "cohort_not_finished": QT_TRANSLATE_NOOP(
        "Errors", "The cohort {cohort_code} is not closed yet. Close it first to compute results."
    ),
    "cohort_has_trainees": QT_TRANSLATE_NOOP(
        "Errors",
        "The cohort has {count} trainees, more than the capacity {capacity}. Raise the "
        "capacity or withdraw trainees first.",
    ),
    "not_an_instructor": QT_TRANSLATE_NOOP(
        "Errors", "{name} is not an active user with the instructor role. Choose an instructor."
    ),
    "already_enrolled": QT_TRANSLATE_NOOP("Errors", "{name} is already in cohort {cohort_code}."),
    "not_enrolled": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not an enrolled trainee of this cohort (waiting list or withdrawn).",
    ),
    "day_outside_cohort": QT_TRANSLATE_NOOP(
        "Errors", "{day} is not a training day of this cohort ({start} to {end})."
    ),
    "day_in_future": QT_TRANSLATE_NOOP(
        "Errors", "Attendance for {day} cannot be taken yet: that day has not come."
    ),
    "score_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        'The score "{value}" for {name} ({competency}) is not valid. Use a number from 0 to '
        "100 with at most 2 decimals, e.g. 85 or 72,5.",
    ),
    "mark_invalid": QT_TRANSLATE_NOOP(
        "Errors", '"{value}" is not an attendance mark. Use present, late, excused or absent.'
    ),
    "override_reason_required": QT_TRANSLATE_NOOP(
        "Errors", "Write the reason for changing the result of {name}; it is kept in the audit log."
    ),
    "not_passed": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} did not pass, so no certificate can be issued. Issue a participation letter "
        "instead.",
    ),
    "no_result": QT_TRANSLATE_NOOP("Errors", "{name} has no result yet. Close the cohort first."),
    "revoke_reason_required": QT_TRANSLATE_NOOP(
        "Errors", "Write the reason for revoking certificate {number}."
    ),
    "already_revoked": QT_TRANSLATE_NOOP(
        "Errors", "Certificate {number} was already revoked on {date}."
    ),
    "pdf_renderer_missing": QT_TRANSLATE_NOOP(
        "Errors",
        "The certificate PDF renderer is not installed in this version ({reason}). Update the "
        "program.",
    ),
    # stock: items, the ledger, transfers, counts
    "stock_insufficient": QT_TRANSLATE_NOOP(
        "Errors",
        "Not enough {item} at {location}: {available} {unit} on hand, {requested} {unit} "
        "needed. Receive or transfer stock first, or lower the quantity.",
    ),
    "quantity_not_whole": QT_TRANSLATE_NOOP(
        "Errors", "{item} is counted in whole {unit}; {quantity} is not a whole number."
    ),
    "quantity_not_positive": QT_TRANSLATE_NOOP(
        "Errors", "{item}: enter a quantity above zero (not {quantity})."
    ),
    "cost_negative": QT_TRANSLATE_NOOP("Errors", "{item}: the cost cannot be below zero ({cost})."),
    "sku_taken": QT_TRANSLATE_NOOP(
        "Errors", "The SKU {sku} is already used by {name}. Choose another SKU."
    ),
    "barcode_taken": QT_TRANSLATE_NOOP(
        "Errors", "The barcode {barcode} is already used by {name}. Scan or type another one."
    ),
    "item_has_moves": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} has stock history and cannot be deleted. Set it inactive instead.",
    ),
    "item_inactive": QT_TRANSLATE_NOOP(
        "Errors", "{name} is set inactive. Switch it on again before receiving it."
    ),
    "item_kind_wrong": QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a {expected}. Choose another item."
    ),
    "variant_parent_invalid": QT_TRANSLATE_NOOP(
        "Errors", "A variant must belong to a product that is not itself a variant."
    ),
    "location_inactive": QT_TRANSLATE_NOOP(
        "Errors", "The location {location} is not in use any more. Choose another one."
    ),
    "same_location": QT_TRANSLATE_NOOP(
        "Errors", "A transfer needs two different locations. Choose where the goods go."
    ),
    "lines_required": QT_TRANSLATE_NOOP("Errors", "Add at least one line with an item."),
    "duplicate_line": QT_TRANSLATE_NOOP(
        "Errors", "{item} is on the list twice. Put the whole quantity on one line."
    ),
    "barcode_unknown": QT_TRANSLATE_NOOP(
        "Errors", "No item has the barcode or SKU {barcode}. Check the label or search by name."
    ),
    "count_not_draft": QT_TRANSLATE_NOOP(
        "Errors", "The stock count {number} is already {status} and cannot be changed."
    ),
    "count_open": QT_TRANSLATE_NOOP(
        "Errors",
        "A stock count of {location} is already open ({number}). Post or cancel it first.",
    ),
    "count_incomplete": QT_TRANSLATE_NOOP(
        "Errors",
        "{missing} lines of stock count {number} have no counted quantity yet. Enter them "
        "(0 if nothing was found) before posting.",
    ),
    "date_invalid_range": QT_TRANSLATE_NOOP(
        "Errors", "The period is upside down: {start} is after {end}."
    ),
    # production: recipes, batches, wages
    "recipe_not_material": QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a material. A recipe lists the materials a piece needs."
    ),
    "not_a_product": QT_TRANSLATE_NOOP(
        "Errors", "{name} is not a product. Recipes and batches are made for products."
    ),
    "stage_unknown": QT_TRANSLATE_NOOP("Errors", "{stage} is not a stage of making batik."),
    "stage_twice": QT_TRANSLATE_NOOP(
        "Errors", "The stage {stage} is on the list twice. Keep one line per stage."
    ),
    "rate_negative": QT_TRANSLATE_NOOP(
        "Errors", "{stage}: the piece rate cannot be below zero ({rate})."
    ),
    "batch_qty_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Enter how many pieces to make: a whole number from 1 to {max} (not {quantity})."
    ),
    "batch_closed": QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} is already finished or cancelled and cannot be changed."
    ),
    "batch_nothing_to_issue": QT_TRANSLATE_NOOP(
        "Errors",
        "Everything planned for batch {number} has been issued. Enter quantities to issue more.",
    ),
    "batch_material_issued": QT_TRANSLATE_NOOP(
        "Errors",
        "{item} has already been issued to batch {number}, so it cannot be taken off the list. "
        "Plan at least {issued} {unit}.",
    ),
    "stage_not_in_batch": QT_TRANSLATE_NOOP(
        "Errors", "Batch {number} has no stage {stage}. Add it to the product's recipe first."
    ),
    "not_an_artisan": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not registered as an artisan. Mark them as one on the Artisans page first.",
    ),
    "artisan_twice": QT_TRANSLATE_NOOP(
        "Errors", "{name} is listed twice for the stage {stage}. Put all their pieces on one line."
    ),
    "pieces_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{name}: pieces must be a whole number, zero or more (not {pieces})."
    ),
    "pieces_too_many": QT_TRANSLATE_NOOP(
        "Errors",
        "Stage {stage}: {pieces} pieces are recorded, but the batch has only {planned}.",
    ),
    "stage_dates_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Stage {stage} cannot finish ({finished}) before it starts ({started})."
    ),
    "stage_needs_artisan": QT_TRANSLATE_NOOP(
        "Errors",
        "Stage {stage} is paid {rate} a piece but nobody is recorded with pieces for it. "
        "Enter who worked it before finishing the batch.",
    ),
    "finish_qty_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "Finished and rejected pieces together must be from 1 to the {planned} planned "
        "(now {total}).",
    ),
    "finish_before_start": QT_TRANSLATE_NOOP(
        "Errors", "The batch cannot finish on {finished}: it started on {started}."
    ),
    "payment_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Enter the amount paid: more than zero (not {amount})."
    ),
    "payment_method_invalid": QT_TRANSLATE_NOOP(
        "Errors", "Choose how the wages were paid: cash or bank transfer."
    ),
    # labels: price labels and hang tags
    "label_layout_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "A label layout needs at least one column and one row, a page and a label larger "
        "than zero, and margins and gaps of zero or more.",
    ),
    "label_too_small": QT_TRANSLATE_NOOP(
        "Errors",
        "Labels of {width} × {height} mm are too small for this kind of label. Make them at "
        "least {min_width} × {min_height} mm.",
    ),
    "label_layout_too_wide": QT_TRANSLATE_NOOP(
        "Errors",
        "{columns} columns of {width} mm labels with {gap} mm gaps and a {margin} mm left "
        "margin need {needed} mm, but the page is {page} mm wide. Use fewer columns, "
        "narrower labels, smaller gaps or a smaller margin.",
    ),
    "label_layout_too_tall": QT_TRANSLATE_NOOP(
        "Errors",
        "{rows} rows of {height} mm labels with {gap} mm gaps and a {margin} mm top margin "
        "need {needed} mm, but the page is {page} mm high. Use fewer rows, shorter labels, "
        "smaller gaps or a smaller margin.",
    ),
    "label_start_invalid": QT_TRANSLATE_NOOP(
        "Errors",
        "The first label position must be between 1 and {last}, the number of labels on one sheet.",
    ),
    "label_copies_invalid": QT_TRANSLATE_NOOP(
        "Errors", "{name}: print between 0 and {max} labels, not {copies}."
    ),
    "labels_none": QT_TRANSLATE_NOOP(
        "Errors", "There are no labels to print. Choose an item and at least one copy."
    ),
    # sales
    "item_inactive_sale": QT_TRANSLATE_NOOP(
        "Errors", "{name} is set inactive and cannot be sold. Switch it on again first."
    ),
    "price_negative": QT_TRANSLATE_NOOP("Errors", "{item}: the price cannot be below zero."),
    "discount_negative": QT_TRANSLATE_NOOP(
        "Errors", "A discount cannot be below zero. Enter 0 for no discount."
    ),
    "discount_percent_range": QT_TRANSLATE_NOOP(
        "Errors", "A discount in percent must be between 0 and 100."
    ),
    "not_a_customer": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} is not registered as a customer. Mark them as one on the Customers page first.",
    ),
    "due_before_invoice": QT_TRANSLATE_NOOP(
        "Errors", "The due date cannot be before the invoice date."
    ),
    "invoice_not_draft": QT_TRANSLATE_NOOP(
        "Errors",
        "{number} has been issued and can no longer be changed or deleted. "
        "A manager can cancel it with a credit note.",
    ),
    "invoice_not_issued": QT_TRANSLATE_NOOP(
        "Errors", "{number} is still a draft. Issue the invoice first."
    ),
    "invoice_cancelled": QT_TRANSLATE_NOOP("Errors", "Invoice {number} is cancelled."),
    "nothing_due": QT_TRANSLATE_NOOP("Errors", "Invoice {number} is already paid in full."),
    "amount_not_whole": QT_TRANSLATE_NOOP(
        "Errors", "Amounts are in whole Rupiah. Leave out the cents."
    ),
    "payment_not_positive": QT_TRANSLATE_NOOP("Errors", "Enter an amount to pay above zero."),
    "payment_exceeds_due": QT_TRANSLATE_NOOP(
        "Errors", "{amount} is more than the {due} still due on {number}."
    ),
    "cash_not_enough": QT_TRANSLATE_NOOP(
        "Errors", "The cash given ({given}) is less than the amount to pay ({amount})."
    ),
    "payment_reference_required": QT_TRANSLATE_NOOP(
        "Errors",
        "Enter the reference of the payment by {method} (the transfer slip or QRIS "
        "transaction number), so it can be matched with the bank statement.",
    ),
    "payment_before_invoice": QT_TRANSLATE_NOOP(
        "Errors", "A payment cannot be dated before its invoice."
    ),
    "cash_day_closed": QT_TRANSLATE_NOOP(
        "Errors",
        "The cash for {day} is already closed. Record the payment on another day or ask a manager.",
    ),
    "reason_required": QT_TRANSLATE_NOOP(
        "Errors", "Give the reason (it is printed on the credit note)."
    ),
    "return_lines_required": QT_TRANSLATE_NOOP(
        "Errors", "Choose at least one line and the quantity that comes back."
    ),
    "return_too_many": QT_TRANSLATE_NOOP(
        "Errors", "Only {available} {unit} of {item} can still be returned."
    ),
    "cash_counted_negative": QT_TRANSLATE_NOOP("Errors", "The counted cash cannot be below zero."),
    "cash_day_already_closed": QT_TRANSLATE_NOOP(
        "Errors", "The cash of {cashier} for {day} was already closed at {when}."
    ),
    "consignment_not_owner": QT_TRANSLATE_NOOP(
        "Errors", "{item} belongs to another artisan and cannot be part of this intake."
    ),
    "consignment_item_name_required": QT_TRANSLATE_NOOP(
        "Errors", "Give each new consigned piece a name."
    ),
    "commission_range": QT_TRANSLATE_NOOP(
        "Errors", "The commission must be between 0 and 100 percent."
    ),
    "settlement_period_reversed": QT_TRANSLATE_NOOP(
        "Errors", "The period ends before it starts. Check the two dates."
    ),
    "settlement_empty": QT_TRANSLATE_NOOP(
        "Errors",
        "{name} has nothing to settle from {start} to {end}: no sales and no pieces to return.",
    ),
    "payout_not_positive": QT_TRANSLATE_NOOP("Errors", "Enter an amount to pay out above zero."),
    "payout_exceeds": QT_TRANSLATE_NOOP(
        "Errors", "{amount} is more than the {balance} still owed on {number}."
    ),
    # The default codes of DomainError and Conflict, for errors raised without a code.
    "error": QT_TRANSLATE_NOOP("Errors", "The request could not be carried out."),
    "conflict": QT_TRANSLATE_NOOP("Errors", "This clashes with data already in the database."),
}


class DomainError(Exception):
    """Base of all expected, user-facing errors."""

    default_code = "error"

    def __init__(self, code: str | None = None, **params: Any) -> None:
        self.code = code or self.default_code
        self.params = params
        super().__init__(self.english())

    def english(self) -> str:
        """The untranslated message (logs and the command line)."""
        params = dict(self.params)
        if isinstance(params.get("reason"), str):
            # A reason from domain.validation is itself a template ("between {min} and {max}").
            params["reason"] = format_message(params["reason"], params)
        return format_message(MESSAGES.get(self.code, self.code), params)


class ValidationError(DomainError):
    """Bad input refused before anything was written."""

    default_code = "value_invalid"


class PermissionDenied(DomainError):
    """The user's role does not allow the call."""

    default_code = "permission_denied"


class AuthenticationError(DomainError):
    """Login refused."""

    default_code = "login_failed"


class NotFound(DomainError):
    default_code = "not_found"


class Conflict(DomainError):
    """The call clashes with data already there (duplicates, records in use)."""

    default_code = "conflict"


class BackupError(DomainError):
    default_code = "backup_invalid"


def format_message(template: str, params: dict[str, Any]) -> str:
    """Fill ``{name}`` placeholders; unknown placeholders are left visible, never raise."""

    class _Keep(dict):
        def __missing__(self, key: str) -> str:
            return "{" + key + "}"

    return template.format_map(_Keep({k: str(v) for k, v in params.items()}))
