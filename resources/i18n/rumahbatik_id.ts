<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AddItemDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/stock_count_dialog.py" line="+434"/>
        <source>Add an item to %1</source>
        <translation>Tambah barang ke %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a barcode or type a SKU or name…</source>
        <translation>Pindai barcode atau ketik SKU atau nama…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>may stay empty</source>
        <translation>boleh dikosongkan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Counted</source>
        <translation>Jumlah hitung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add to the count</source>
        <translation>Tambahkan ke stok opname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>already on the sheet</source>
        <translation>sudah ada di lembar hitung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an item from the list first.</source>
        <translation>Pilih barang dari daftar terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The counted quantity is not a number.</source>
        <translation>Jumlah hitung bukan angka.</translation>
    </message>
</context>
<context>
    <name>ArtisanDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/artisan_dialog.py" line="+64"/>
        <source>Add artisan</source>
        <translation>Tambah pengrajin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit artisan</source>
        <translation>Ubah pengrajin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Person</source>
        <translation>Data diri</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Techniques mastered and skill level:</source>
        <translation>Teknik yang dikuasai dan tingkat keterampilannya:</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Artisan</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>no photo</source>
        <translation>tidak ada foto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The file cannot be read: {reason}</source>
        <translation>File tidak dapat dibaca: {reason}</translation>
    </message>
</context>
<context>
    <name>AttendanceGridWidget</name>
    <message>
        <location filename="../../rumahbatik/ui/attendance_grid.py" line="+232"/>
        <source>All present for the selected day</source>
        <translation>Semua hadir pada hari terpilih</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keys: P present · L late · I excused (izin) · A absent (alpa) · Space cycles · Del clears</source>
        <translation>Tombol: H hadir · T terlambat · I izin · A alpa · Spasi mengganti tanda · Del menghapus</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location line="-156"/>
        <source>Day %1
%2</source>
        <translation>Hari %1
%2</translation>
    </message>
</context>
<context>
    <name>Audit</name>
    <message>
        <location filename="../../rumahbatik/domain/audit_labels.py" line="+6"/>
        <source>created</source>
        <translation>dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changed</source>
        <translation>diubah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>dihapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>logged in</source>
        <translation>masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong password</source>
        <translation>kata sandi salah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backed up</source>
        <translation>dicadangkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>restored</source>
        <translation>dipulihkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendance taken</source>
        <translation>presensi diisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scores entered</source>
        <translation>nilai diisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrolled</source>
        <translation>didaftarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>withdrawn</source>
        <translation>dikeluarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>closed</source>
        <translation>ditutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued</source>
        <translation>diterbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>result overridden</source>
        <translation>hasil diubah manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>revoked</source>
        <translation>dicabut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported</source>
        <translation>diimpor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new version</source>
        <translation>versi baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>received</source>
        <translation>diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>transferred</source>
        <translation>dimutasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment recorded</source>
        <translation>pembayaran dicatat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goods returned</source>
        <translation>barang diretur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash closed</source>
        <translation>kas ditutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consignment received</source>
        <translation>titipan diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settled</source>
        <translation>diselesaikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>paid out</source>
        <translation>dibayarkan ke pengrajin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>user</source>
        <translation>pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settings</source>
        <translation>pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>database</source>
        <translation>basis data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>person</source>
        <translation>orang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>supplier</source>
        <translation>pemasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>region</source>
        <translation>wilayah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>motif</source>
        <translation>motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>course</source>
        <translation>pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cohort</source>
        <translation>angkatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>enrolment</source>
        <translation>pendaftaran peserta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>certificate</source>
        <translation>sertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice</source>
        <translation>faktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cash closing</source>
        <translation>tutup kas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consignment</source>
        <translation>titip jual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>settlement</source>
        <translation>penyelesaian titip jual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stock document</source>
        <translation>dokumen stok</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../rumahbatik/ui/audit_page.py" line="+46"/>
        <source>Search summary, record or user…</source>
        <translation>Cari ringkasan, data, atau pengguna…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>All users</source>
        <translation>Semua pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All record types</source>
        <translation>Semua jenis data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All actions</source>
        <translation>Semua tindakan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Select a row to see the old and new values.</source>
        <translation>Pilih satu baris untuk melihat nilai lama dan nilai baru.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>(no field values recorded)</source>
        <translation>(tidak ada nilai isian yang tercatat)</translation>
    </message>
</context>
<context>
    <name>BackupPage</name>
    <message>
        <location filename="../../rumahbatik/ui/backup_page.py" line="+41"/>
        <source>A backup is one file with the whole database. Keep copies on a USB disk or another computer. Restoring keeps the current database as a backup first, so nothing is lost.</source>
        <translation>Cadangan adalah satu file berisi seluruh basis data. Simpan salinannya di flashdisk atau komputer lain. Saat memulihkan, basis data yang sekarang disimpan dulu sebagai cadangan, jadi tidak ada yang hilang.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Cadangkan sekarang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;Pulihkan dari file…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore the &amp;selected copy…</source>
        <translation>Pulihkan &amp;salinan terpilih…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size (KB)</source>
        <translation>Ukuran (KB)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Automatic backup</source>
        <translation>Cadangan otomatis</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Copies kept in {folder}:</source>
        <translation>Salinan yang disimpan di {folder}:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Save the backup as</source>
        <translation>Simpan cadangan sebagai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rumah Batik backups ({pattern})</source>
        <translation>Cadangan Rumah Batik ({pattern})</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup was saved to {path}.</source>
        <translation>Cadangan disimpan di {path}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backing up…</source>
        <translation>Mencadangkan…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a backup</source>
        <translation>Pilih cadangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rumah Batik backups ({pattern});;All files (*)</source>
        <translation>Cadangan Rumah Batik ({pattern});;Semua file (*)</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+14"/>
        <source>Restore</source>
        <translation>Pulihkan</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Replace the whole database with the backup {name}?

The current database is saved as a backup first. Everyone must log in again afterwards.</source>
        <translation>Ganti seluruh basis data dengan cadangan {name}?

Basis data yang sekarang disimpan dulu sebagai cadangan. Setelah itu semua pengguna harus masuk lagi.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The database was restored from {src}.
The previous database is kept in {prev}.

Please log in again.</source>
        <translation>Basis data telah dipulihkan dari {src}.
Basis data sebelumnya disimpan di {prev}.

Silakan masuk lagi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Restoring…</source>
        <translation>Memulihkan…</translation>
    </message>
</context>
<context>
    <name>BatchDialogs</name>
    <message>
        <location filename="../../rumahbatik/ui/batch_dialog.py" line="+57"/>
        <source>With {name}</source>
        <translation>Di {name}</translation>
    </message>
</context>
<context>
    <name>CashClosingDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/cash_closing_dialog.py" line="+79"/>
        <source>Daily cash closing</source>
        <extracomment>Emitted when a day&apos;s data has arrived (tests wait for it). Emitted with the :class:`CashClosingData` after the day is closed.</extracomment>
        <translation>Tutup kas harian</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Day</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cashier</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Takings</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cash in the drawer</source>
        <translation>Uang tunai di laci kas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change money that was in the drawer at opening</source>
        <translation>Uang kembalian yang sudah ada di laci kas saat buka</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>Opening float</source>
        <translation>Modal awal kas</translation>
    </message>
    <message>
        <location line="-199"/>
        <source>Expected cash</source>
        <translation>Uang tunai seharusnya</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+167"/>
        <source>Count the notes and coins, e.g. 1.250.000</source>
        <translation>Hitung uang kertas dan koin, misalnya 1.250.000</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+198"/>
        <source>Counted cash</source>
        <translation>Uang tunai dihitung</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+159"/>
        <source>Why the cash differs, if it does</source>
        <translation>Alasan selisih kas, jika ada</translation>
    </message>
    <message>
        <location line="-158"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the day</source>
        <translation>Tutup kas hari ini</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Payments received: {n}</source>
        <translation>Pembayaran diterima: {n}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cash refunded: {amount}</source>
        <translation>Uang tunai dikembalikan: {amount}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Closed by {who} on {when}. The recorded closing cannot be changed.</source>
        <translation>Ditutup oleh {who} pada {when}. Tutup kas yang sudah dicatat tidak dapat diubah.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{amount} (exact)</source>
        <translation>{amount} (pas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} short</source>
        <translation>kurang {amount}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{amount} over</source>
        <translation>lebih {amount}</translation>
    </message>
</context>
<context>
    <name>ChangePasswordDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/password_dialog.py" line="+25"/>
        <source>Change my password</source>
        <translation>Ganti kata sandi saya</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Current password</source>
        <translation>Kata sandi &amp;saat ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New password &amp;again</source>
        <translation>&amp;Ulangi kata sandi baru</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <location filename="../../rumahbatik/cli.py" line="+504"/>
        <source>GENUINE</source>
        <translation>ASLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REVOKED</source>
        <translation>DICABUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN CODE</source>
        <translation>KODE TIDAK DIKENAL</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked because</source>
        <translation>Dicabut karena</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>The stock balances agree with the ledger ({moves} moves).</source>
        <translation>Saldo stok sesuai dengan kartu stok ({moves} transaksi).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item {item} at {location}: kept {cached}, ledger {ledger}</source>
        <translation>Barang {item} di {location}: tersimpan {cached}, kartu stok {ledger}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} balance(s) differ from the ledger. Run with --repair to correct them.</source>
        <translation>{count} saldo berbeda dengan kartu stok. Jalankan dengan --repair untuk membetulkannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{count} balance(s) set to the ledger&apos;s sums.</source>
        <translation>{count} saldo disesuaikan dengan jumlah di kartu stok.</translation>
    </message>
</context>
<context>
    <name>CohortDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/cohort_dialog.py" line="+54"/>
        <source>New cohort</source>
        <extracomment>Suggestions for the funding source; any other text may be typed.</extracomment>
        <translation>Angkatan baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit cohort</source>
        <translation>Ubah angkatan</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>&amp;Course</source>
        <translation>&amp;Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ode</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start</source>
        <translation>Tanggal &amp;mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;End</source>
        <translation>Tanggal &amp;selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Venue</source>
        <translation>&amp;Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Funding source</source>
        <translation>Sumber &amp;dana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Programme</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;apacity</source>
        <translation>Kap&amp;asitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instructors</source>
        <translation>&amp;Instruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Catatan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Automatic: {code}</source>
        <translation>Otomatis: {code}</translation>
    </message>
</context>
<context>
    <name>ConsignmentPage</name>
    <message>
        <location filename="../../rumahbatik/ui/consignment_page.py" line="+76"/>
        <source>&amp;New intake…</source>
        <extracomment>Areas whose changes can change what this page shows.</extracomment>
        <translation>&amp;Terima titipan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Settle…</source>
        <translation>&amp;Selesaikan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;payout…</source>
        <translation>Catat &amp;pembayaran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print sl&amp;ip…</source>
        <translation>Cetak s&amp;lip…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+11"/>
        <location line="+9"/>
        <source>Artisan</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Pieces at the shop</source>
        <translation>Pcs di toko</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pieces sold</source>
        <translation>Pcs terjual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not yet settled</source>
        <translation>Belum diselesaikan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Owed now</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+9"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+9"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Pieces</source>
        <translation>Jumlah (pcs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Share when all sell</source>
        <translation>Bagian pengrajin jika laku semua</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sold (asking)</source>
        <translation>Terjual (harga pengrajin)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Royalties</source>
        <translation>Royalti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total owed</source>
        <translation>Total harus dibayar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Settlements</source>
        <translation>Penyelesaian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intakes</source>
        <translation>Penerimaan titipan</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{count} artisans · owed in all: {owed}</source>
        <translation>{count} pengrajin · total belum dibayar: {owed}</translation>
    </message>
</context>
<context>
    <name>CountLinesModel</name>
    <message>
        <location filename="../../rumahbatik/ui/stock_count_dialog.py" line="-368"/>
        <source>SKU</source>
        <extracomment>What the counted cell lets through while typing; parse_quantity decides the rest.</extracomment>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Book qty</source>
        <translation>Stok buku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Jumlah hitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value of difference</source>
        <translation>Nilai selisih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Book quantity when the count began: %1</source>
        <translation>Stok buku saat opname dimulai: %1</translation>
    </message>
</context>
<context>
    <name>CountView</name>
    <message>
        <location line="+334"/>
        <source>Go to SKU or name…</source>
        <translation>Cari SKU atau nama…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count sheet (blind)</source>
        <translation>Lembar hitung (tanpa stok buku)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count sheet with book quantities</source>
        <translation>Lembar hitung dengan stok buku</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Differences and their value</source>
        <translation>Selisih dan nilainya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add item…</source>
        <translation>Tambah barang…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Post adjustments…</source>
        <translation>Posting penyesuaian…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel count…</source>
        <translation>Batalkan opname…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>Muat ulang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read the book quantities again</source>
        <translation>Baca ulang stok buku</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Type the counted quantity (e.g. 12 or 47,5) and press Enter for the next line; 0 when nothing was found. Red: less than the book, green: more.</source>
        <translation>Ketik jumlah hitung (misalnya 12 atau 47,5) lalu tekan Enter untuk pindah ke baris berikutnya; isi 0 jika barangnya tidak ada. Merah: kurang dari stok buku, hijau: lebih.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Posted by %1 as %2</source>
        <translation>Diposting oleh %1 sebagai %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Counted &lt;b&gt;%1&lt;/b&gt; of %2 lines · %3 differ · surplus &lt;span style=&apos;color:#0b6b22&apos;&gt;%4&lt;/span&gt; · shortage &lt;span style=&apos;color:#b00020&apos;&gt;%5&lt;/span&gt; · net &lt;b&gt;%6&lt;/b&gt;</source>
        <translation>Sudah dihitung &lt;b&gt;%1&lt;/b&gt; dari %2 baris · %3 berselisih · lebih &lt;span style=&apos;color:#0b6b22&apos;&gt;%4&lt;/span&gt; · kurang &lt;span style=&apos;color:#b00020&apos;&gt;%5&lt;/span&gt; · bersih &lt;b&gt;%6&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Not on this sheet; use Add item… if it was found.</source>
        <translation>Tidak ada di lembar ini; pakai Tambah barang… jika barangnya ditemukan.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 added</source>
        <translation>%1 ditambahkan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Post the stock count %1 of %2?

%3 of %4 lines differ from the book.
Surplus: %5
Shortage: %6
Net: %7

The stock is set to the counted quantities. This cannot be undone.</source>
        <translation>Posting stok opname %1 di %2?

%3 dari %4 baris berselisih dengan stok buku.
Lebih: %5
Kurang: %6
Bersih: %7

Stok akan disesuaikan dengan jumlah hitung. Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Post adjustments</source>
        <translation>Posting penyesuaian</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancel count</source>
        <translation>Batalkan opname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel the stock count %1? What was counted is kept for reference but nothing is posted, and the location can be counted again.</source>
        <translation>Batalkan stok opname %1? Hasil hitungan tetap disimpan sebagai catatan, tetapi tidak ada yang diposting, dan lokasi ini dapat dihitung ulang.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Drawing the count sheet…</source>
        <translation>Membuat lembar hitung…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Stock count result %1</source>
        <translation>Hasil stok opname %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Count sheet %1</source>
        <translation>Lembar hitung %1</translation>
    </message>
</context>
<context>
    <name>CounterPage</name>
    <message>
        <location filename="../../rumahbatik/ui/counter_page.py" line="+61"/>
        <source>Total to pay</source>
        <translation>Total bayar</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>F9  Pay</source>
        <translation>F9  Bayar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>F2  Scan / search</source>
        <translation>F2  Pindai / cari</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F4  Customer</source>
        <translation>F4  Pelanggan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>F8  Invoice discount</source>
        <translation>F8  Diskon faktur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Esc  Clear</source>
        <translation>Esc  Kosongkan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Print last receipt again</source>
        <translation>Cetak ulang struk terakhir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Close cash…</source>
        <translation>Tutup kas…</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Last sale {number}: {total}</source>
        <translation>Penjualan terakhir {number}: {total}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change to give: {amount}</source>
        <translation>Kembalian: {amount}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Clear the sale</source>
        <translation>Kosongkan penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove all lines of this sale?</source>
        <translation>Hapus semua baris penjualan ini?</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close cash</source>
        <translation>Tutup kas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cash closing is not available in this version yet.</source>
        <translation>Tutup kas belum tersedia di versi ini.</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n baris</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CourseDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/course_dialog.py" line="+51"/>
        <source>Courses</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New course</source>
        <translation>Pelatihan baru</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>In use (offered for new cohorts)</source>
        <translation>Dipakai (ditawarkan untuk angkatan baru)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Competency unit</source>
        <translation>Unit kompetensi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add unit</source>
        <translation>Tambah unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Geser ke atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Geser ke bawah</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>C&amp;ode</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Description</source>
        <translation>&amp;Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of &amp;days</source>
        <translation>&amp;Jumlah hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pass mark</source>
        <translation>&amp;Batas lulus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance required (%)</source>
        <translation>Kehadiran &amp;wajib (%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Competency units (weights count in the final score)</source>
        <translation>Unit kompetensi (bobotnya dihitung dalam nilai akhir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Save course</source>
        <translation>&amp;Simpan pelatihan</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>(not in use)</source>
        <translation>(tidak dipakai)</translation>
    </message>
</context>
<context>
    <name>CreditDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/credit_dialog.py" line="+107"/>
        <source>Credit note {number}</source>
        <extracomment>The order in which the service refunds &quot;as paid&quot; (cash first, then the others).</extracomment>
        <translation>Nota kredit {number}</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Cancel invoice {number}</source>
        <translation>Batalkan faktur {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Return goods: {number}</source>
        <translation>Retur barang: {number}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The whole invoice is credited by a credit note with its own number: every piece not yet returned goes back into the shop&apos;s stock and what the customer paid is refunded. The invoice stays in the books as cancelled.</source>
        <translation>Seluruh faktur dikreditkan dengan nota kredit bernomor tersendiri: setiap barang yang belum diretur kembali ke stok toko, dan uang yang sudah dibayar pelanggan dikembalikan. Faktur tetap tercatat di pembukuan dengan status dibatalkan.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Why the invoice is cancelled</source>
        <translation>Alasan faktur dibatalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why the goods came back</source>
        <translation>Alasan barang dikembalikan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Alasan:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As paid</source>
        <translation>Sesuai cara bayar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;fund by:</source>
        <translation>Uang &amp;kembali lewat:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel &amp;invoice</source>
        <translation>Batalkan &amp;faktur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Make &amp;credit note</source>
        <translation>Buat &amp;nota kredit</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already credited</source>
        <translation>Sudah dikreditkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Returned</source>
        <translation>Diretur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returnable</source>
        <translation>Bisa diretur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Return now</source>
        <translation>Retur sekarang</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Credit note total</source>
        <translation>Total nota kredit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Refund to the customer</source>
        <translation>Uang kembali ke pelanggan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing to refund: the customer has not paid more.</source>
        <translation>Tidak ada uang yang dikembalikan: pelanggan belum membayar lebih dari itu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Still due after it</source>
        <translation>Sisa tagihan setelahnya</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Please give a reason.</source>
        <translation>Mohon isi alasannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose at least one piece to return.</source>
        <translation>Pilih minimal satu barang yang diretur.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Credit note {number} was made for {amount}. Print it now?</source>
        <translation>Nota kredit {number} senilai {amount} telah dibuat. Cetak sekarang?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note made</source>
        <translation>Nota kredit dibuat</translation>
    </message>
</context>
<context>
    <name>CustomerDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/customer_dialog.py" line="+33"/>
        <source>Add customer</source>
        <translation>Tambah pelanggan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit customer</source>
        <translation>Ubah pelanggan</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>CustomerPickerDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/sale_editor.py" line="+125"/>
        <source>Choose a customer</source>
        <translation>Pilih pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name, organisation, NIK or phone…</source>
        <translation>Nama, organisasi, NIK, atau telepon…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n customer(s) shown</source>
        <translation>
            <numerusform>%n pelanggan ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../rumahbatik/ui/dashboard_page.py" line="+176"/>
        <source>Welcome, {name}</source>
        <extracomment>Changes that only move some tiles: they are read again, the page is not rebuilt.</extracomment>
        <translation>Selamat datang, {name}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{centre} · today is {date}</source>
        <translation>{centre} · hari ini {date}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>never</source>
        <translation>belum pernah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role</source>
        <translation>Peran Anda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last backup</source>
        <translation>Cadangan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Sales today</source>
        <translation>Penjualan hari ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid invoices</source>
        <translation>Faktur belum lunas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Active cohorts</source>
        <translation>Angkatan aktif</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Items at or below their reorder level</source>
        <translation>Barang pada atau di bawah stok minimum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock value (average cost)</source>
        <translation>Nilai stok (HPP rata-rata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Production batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sales of the last 30 days</source>
        <translation>Penjualan 30 hari terakhir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month&apos;s sales by motif</source>
        <translation>Penjualan bulan ini per motif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Top products this month</source>
        <translation>Produk terlaris bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top motifs this month</source>
        <translation>Motif terlaris bulan ini</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your cohorts</source>
        <translation>Angkatan Anda</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>%n of %1 item(s)</source>
        <translation>
            <numerusform>%n dari %1 barang</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{running} in progress, {planned} planned</source>
        <translation>{running} sedang dikerjakan, {planned} direncanakan</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <location line="+14"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n faktur</numerusform>
        </translation>
    </message>
    <message>
        <location line="-11"/>
        <source>last month to the same day {same} · whole month {whole}</source>
        <translation>bulan lalu s.d. tanggal yang sama {same} · sebulan penuh {whole}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{amount} due · {overdue} overdue</source>
        <translation>sisa tagihan {amount} · {overdue} lewat jatuh tempo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Other</source>
        <translation>Lainnya</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No motif</source>
        <translation>Tanpa motif</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No sales this month yet</source>
        <translation>Belum ada penjualan bulan ini</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n running</source>
        <translation>
            <numerusform>%n berjalan</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n planned</source>
        <translation>
            <numerusform>%n direncanakan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No cohort running or planned</source>
        <translation>Tidak ada angkatan yang berjalan atau direncanakan</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Attendance to take today: %n trainee(s)</source>
        <translation>
            <numerusform>Presensi hari ini belum diisi: %n peserta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today&apos;s attendance is taken</source>
        <translation>Presensi hari ini sudah diisi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts {date}</source>
        <translation>Mulai {date}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At risk: {names}</source>
        <translation>Berisiko: {names}</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../rumahbatik/app.py" line="+102"/>
        <location filename="../../rumahbatik/domain/errors.py" line="+72"/>
        <source>The database cannot be opened: {reason}</source>
        <translation>Basis data tidak dapat dibuka: {reason}</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/domain/errors.py" line="-57"/>
        <source>Your role ({role}) may not do this: {action}. Ask a manager or an admin.</source>
        <translation>Peran Anda ({role}) tidak diizinkan melakukan ini: {action}. Mintalah bantuan manajer atau admin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please log in first.</source>
        <translation>Silakan masuk terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user name or password is wrong. Check both and try again.</source>
        <translation>Nama pengguna atau kata sandi salah. Periksa keduanya, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too many wrong passwords for {username}. Wait {seconds} seconds and try again.</source>
        <translation>Terlalu banyak kata sandi salah untuk {username}. Tunggu {seconds} detik, lalu coba lagi.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The account {username} is switched off. Ask an admin to switch it on.</source>
        <translation>Akun {username} dinonaktifkan. Minta admin untuk mengaktifkannya kembali.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The user name {username} is already used. Choose another one.</source>
        <translation>Nama pengguna {username} sudah dipakai. Pilih nama lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A user name needs 3 to 32 characters: letters, digits, dot, dash or underscore.</source>
        <translation>Nama pengguna harus terdiri dari 3 sampai 32 karakter: huruf, angka, titik (.), tanda hubung (-), atau garis bawah (_).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The password needs at least {min} characters.</source>
        <translation>Kata sandi harus terdiri dari minimal {min} karakter.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The two passwords are not the same. Type them again.</source>
        <translation>Kedua kata sandi tidak sama. Ketik ulang keduanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown role {role}. Use one of: admin, manager, staff, instructor.</source>
        <translation>Peran {role} tidak dikenal. Gunakan salah satu dari: admin, manager, staff, instructor.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This database already has users; log in instead.</source>
        <translation>Basis data ini sudah memiliki pengguna; silakan masuk dengan akun yang ada.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one active admin must remain. Make another user admin first.</source>
        <translation>Harus tetap ada minimal satu admin yang aktif. Jadikan pengguna lain sebagai admin terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{what} was not found. It may have been deleted.</source>
        <translation>{what} tidak ditemukan. Mungkin sudah dihapus.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{field} is required.</source>
        <translation>{field} wajib diisi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no setting called {key}.</source>
        <translation>Tidak ada pengaturan bernama {key}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>{field}: {reason}</source>
        <translation>{field}: {reason}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The database already has data. Use --force to replace it with the demo.</source>
        <translation>Basis data sudah berisi data. Gunakan --force untuk menggantinya dengan data demo.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path} is not a usable Rumah Batik backup: {reason}</source>
        <translation>{path} bukan cadangan Rumah Batik yang dapat dipakai: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The backup {path} was made by a newer version of Rumah Batik. Update the program first.</source>
        <translation>Cadangan {path} dibuat oleh versi Rumah Batik yang lebih baru. Perbarui program ini terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no export called {name}. Known exports: {known}.</source>
        <translation>Tidak ada ekspor bernama {name}. Ekspor yang tersedia: {known}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{path}: use a file name ending in {allowed}.</source>
        <translation>{path}: gunakan nama file yang berakhiran {allowed}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NIK {nik} already belongs to {name}. Check the number, or open {name}&apos;s record instead of typing the person again.</source>
        <translation>NIK {nik} sudah terdaftar atas nama {name}. Periksa kembali nomornya, atau buka data {name} daripada mengetik ulang orang yang sama.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: {date} is in the future. Check the day, month and year.</source>
        <translation>{field}: {date} adalah tanggal yang belum tiba. Periksa tanggal, bulan, dan tahunnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &quot;{value}&quot; is not a date. Write it as dd/mm/yyyy, e.g. 23/05/2022.</source>
        <translation>{field}: &quot;{value}&quot; bukan tanggal. Tulis dengan format dd/mm/yyyy, misalnya 23/05/2022.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &quot;{value}&quot; is not a gender. Write L or P (Laki-laki, Perempuan).</source>
        <translation>{field}: &quot;{value}&quot; bukan jenis kelamin. Tulis L atau P (Laki-laki, Perempuan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{field}: &quot;{value}&quot; is not in the list. Choose one from the list (or add it under Regions first).</source>
        <translation>{field}: &quot;{value}&quot; tidak ada dalam daftar. Pilih salah satu dari daftar (atau tambahkan dulu lewat Wilayah).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kelurahan {kelurahan} is not in kecamatan {kecamatan}. Choose a kelurahan of {kecamatan}, or change the kecamatan.</source>
        <translation>Kelurahan {kelurahan} tidak termasuk Kecamatan {kecamatan}. Pilih kelurahan yang ada di Kecamatan {kecamatan}, atau ganti kecamatannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown technique &quot;{technique}&quot;. Use one of: {choices}.</source>
        <translation>Teknik &quot;{technique}&quot; tidak dikenal. Gunakan salah satu dari: {choices}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The skill level &quot;{level}&quot; for {technique} is not valid. Use 1 (beginner), 2 (capable), 3 (skilled) or 4 (master).</source>
        <translation>Tingkat keterampilan &quot;{level}&quot; untuk {technique} tidak valid. Gunakan 1 (pemula), 2 (cukup terampil), 3 (terampil), atau 4 (ahli).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} cannot be deleted: the records keep their history ({designed} motif(s) designed, {co_designed} co-designed, {trainings} training(s), {batches} production batch(es), stock or wages). Set them inactive instead.</source>
        <translation>{name} tidak dapat dihapus karena datanya menyimpan riwayat ({designed} motif dirancang, {co_designed} dirancang bersama, {trainings} pelatihan, {batches} batch produksi, stok, atau upah). Nonaktifkan saja.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;{name}&quot; is the walk-in customer that counter sales use. It cannot be deleted or switched off; rename it if needed.</source>
        <translation>&quot;{name}&quot; adalah pelanggan pembeli umum yang dipakai untuk penjualan di kasir. Pelanggan ini tidak dapat dihapus atau dinonaktifkan; ganti namanya jika perlu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A supplier called {name} already exists. Choose another name or edit that one.</source>
        <translation>Pemasok bernama {name} sudah ada. Pilih nama lain atau ubah data pemasok tersebut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} already exists there. Choose another name.</source>
        <translation>{name} sudah ada di sana. Pilih nama lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} cannot be deleted: {people} person/people and {children} kelurahan use it. Switch it off instead.</source>
        <translation>{name} tidak dapat dihapus karena dipakai oleh {people} orang dan {children} kelurahan. Nonaktifkan saja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{path} cannot be read as a CSV or Excel file: {reason}</source>
        <translation>{path} tidak dapat dibaca sebagai file CSV atau Excel: {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose which column of the file holds the name.</source>
        <translation>Pilih kolom file yang berisi nama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no rows to import.</source>
        <translation>File ini tidak berisi baris untuk diimpor. Periksa apakah file yang dipilih sudah benar.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{count} row(s) have errors, so nothing was imported. Fix them in the file and try again, or choose to import only the valid rows.</source>
        <translation>{count} baris mengandung kesalahan, jadi tidak ada yang diimpor. Perbaiki baris tersebut di file lalu coba lagi, atau pilih untuk mengimpor hanya baris yang benar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The NIK {nik} is also in row {other_row} of the file.</source>
        <translation>NIK {nik} juga ada di baris {other_row} file ini. Periksa kedua baris tersebut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The motif code {motif_code} is already used by {name}. Choose another code, or leave it empty to get the next free one.</source>
        <translation>Kode motif {motif_code} sudah dipakai oleh {name}. Pilih kode lain, atau kosongkan agar diisi kode berikutnya yang tersedia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The motif code {motif_code} may only hold letters, digits and . _ / - (e.g. MTF-001).</source>
        <translation>Kode motif {motif_code} hanya boleh berisi huruf, angka, dan . _ / - (contoh: MTF-001).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A motif cannot go from {old} back to {new}. Make a new version or a new motif instead.</source>
        <translation>Status motif tidak dapat kembali dari {old} ke {new}. Buat versi baru atau motif baru saja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The motif {name} is {status} and may already be used for products and sales, so it cannot be deleted. Set it retired instead.</source>
        <translation>Motif {name} berstatus {status} dan mungkin sudah dipakai untuk produk dan penjualan, jadi tidak dapat dihapus. Ubah statusnya menjadi &quot;tidak dipakai lagi&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The colour {name} has the code {hex}, which is not a colour. Write it as # and six hexadecimal digits, e.g. #8b5a2b.</source>
        <translation>Warna {name} berkode {hex}, yang bukan kode warna. Tulis dengan # diikuti enam digit heksadesimal, misalnya #8b5a2b.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The HKI registration {number} needs its registration date. Enter the date, or clear the number.</source>
        <translation>Pendaftaran HKI {number} memerlukan tanggal pendaftaran. Isi tanggalnya, atau kosongkan nomornya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an artisan. Choose the designer and co-designers from the artisans.</source>
        <translation>{name} bukan pengrajin. Pilih perancang dan perancang pendamping dari daftar pengrajin.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The course code {course_code} is already used. Choose another code.</source>
        <translation>Kode pelatihan {course_code} sudah dipakai. Pilih kode lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A course needs at least one competency unit with a weight above 0.</source>
        <translation>Pelatihan memerlukan minimal satu unit kompetensi dengan bobot lebih dari 0. Tambahkan unit kompetensi atau isi bobotnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The competency unit {name} is listed twice. Give each unit its own name.</source>
        <translation>Unit kompetensi {name} tercantum dua kali. Beri setiap unit nama yang berbeda.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The competency unit {name} already has scores, so it cannot be removed. Keep it, or give it another name instead.</source>
        <translation>Unit kompetensi {name} sudah memiliki nilai, jadi tidak dapat dihapus. Biarkan unit ini, atau ganti namanya saja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cohort code {cohort_code} is already used. Choose another code, or leave it empty to get the next free one.</source>
        <translation>Kode angkatan {cohort_code} sudah dipakai. Pilih kode lain, atau kosongkan agar diisi kode berikutnya yang tersedia.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cohort ends ({end}) before it starts ({start}). Check the two dates.</source>
        <translation>Tanggal selesai angkatan ({end}) lebih awal daripada tanggal mulainya ({start}). Periksa kedua tanggal tersebut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A cohort may last at most {max} days; {start} to {end} is {days} days.</source>
        <translation>Satu angkatan paling lama berlangsung {max} hari, sedangkan {start} sampai {end} adalah {days} hari. Periksa tanggal mulai dan tanggal selesai.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A cohort cannot go from {old} to {new}. The order is planned, running, finished.</source>
        <translation>Status angkatan tidak dapat berubah dari {old} ke {new}. Urutannya: direncanakan, berjalan, selesai.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The cohort {cohort_code} is finished, so its trainees, attendance and scores can no longer change. A manager can override one result with a reason.</source>
        <translation>Angkatan {cohort_code} sudah selesai, jadi peserta, presensi, dan nilainya tidak dapat diubah lagi. Manajer dapat mengubah hasil seorang peserta dengan menuliskan alasannya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The cohort {cohort_code} is not closed yet. Close it first to compute results.</source>
        <translation>Angkatan {cohort_code} belum ditutup. Tutup angkatan ini terlebih dahulu agar hasilnya dihitung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cohort has {count} trainees, more than the capacity {capacity}. Raise the capacity or withdraw trainees first.</source>
        <translation>Angkatan ini memiliki {count} peserta, lebih banyak dari kapasitasnya ({capacity}). Naikkan kapasitas atau keluarkan sebagian peserta terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} is not an active user with the instructor role. Choose an instructor.</source>
        <translation>{name} bukan pengguna aktif dengan peran instruktur. Pilih seorang instruktur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is already in cohort {cohort_code}.</source>
        <translation>{name} sudah terdaftar di angkatan {cohort_code}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} is not an enrolled trainee of this cohort (waiting list or withdrawn).</source>
        <translation>{name} bukan peserta terdaftar di angkatan ini (masih di daftar tunggu atau sudah keluar).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{day} is not a training day of this cohort ({start} to {end}).</source>
        <translation>{day} bukan hari pelatihan angkatan ini ({start} sampai {end}). Pilih hari di antara kedua tanggal tersebut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attendance for {day} cannot be taken yet: that day has not come.</source>
        <translation>Presensi untuk {day} belum dapat diisi karena hari tersebut belum tiba.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The score &quot;{value}&quot; for {name} ({competency}) is not valid. Use a number from 0 to 100 with at most 2 decimals, e.g. 85 or 72,5.</source>
        <translation>Nilai &quot;{value}&quot; untuk {name} ({competency}) tidak valid. Gunakan angka 0 sampai 100 dengan paling banyak 2 angka desimal, misalnya 85 atau 72,5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;{value}&quot; is not an attendance mark. Use present, late, excused or absent.</source>
        <translation>&quot;{value}&quot; bukan tanda presensi. Gunakan hadir (present), terlambat (late), izin (excused), atau alpa (absent).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the reason for changing the result of {name}; it is kept in the audit log.</source>
        <translation>Tuliskan alasan mengubah hasil {name}; alasan ini disimpan di log audit.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} did not pass, so no certificate can be issued. Issue a participation letter instead.</source>
        <translation>{name} tidak lulus, jadi sertifikat tidak dapat diterbitkan. Terbitkan surat keterangan saja.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} has no result yet. Close the cohort first.</source>
        <translation>{name} belum memiliki hasil. Tutup angkatannya terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the reason for revoking certificate {number}.</source>
        <translation>Tuliskan alasan mencabut sertifikat {number}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate {number} was already revoked on {date}.</source>
        <translation>Sertifikat {number} sudah dicabut pada {date}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The certificate PDF renderer is not installed in this version ({reason}). Update the program.</source>
        <translation>Pembuat PDF sertifikat tidak terpasang di versi program ini ({reason}). Perbarui program ini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not enough {item} at {location}: {available} {unit} on hand, {requested} {unit} needed. Receive or transfer stock first, or lower the quantity.</source>
        <translation>Stok {item} di {location} tidak cukup: ada {available} {unit}, diperlukan {requested} {unit}. Terima atau mutasikan stok terlebih dahulu, atau kurangi jumlahnya.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{item} is counted in whole {unit}; {quantity} is not a whole number.</source>
        <translation>{item} dihitung dalam {unit} utuh; {quantity} bukan bilangan bulat.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: enter a quantity above zero (not {quantity}).</source>
        <translation>{item}: isi jumlah lebih dari nol (bukan {quantity}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: the cost cannot be below zero ({cost}).</source>
        <translation>{item}: harga pokok tidak boleh di bawah nol ({cost}).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The SKU {sku} is already used by {name}. Choose another SKU.</source>
        <translation>SKU {sku} sudah dipakai oleh {name}. Pilih SKU lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The barcode {barcode} is already used by {name}. Scan or type another one.</source>
        <translation>Barcode {barcode} sudah dipakai oleh {name}. Pindai atau ketik barcode lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has stock history and cannot be deleted. Set it inactive instead.</source>
        <translation>{name} memiliki riwayat stok sehingga tidak dapat dihapus. Nonaktifkan saja.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is set inactive. Switch it on again before receiving it.</source>
        <translation>{name} berstatus nonaktif. Aktifkan kembali sebelum menerimanya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a {expected}. Choose another item.</source>
        <translation>{name} bukan {expected}. Pilih barang lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A variant must belong to a product that is not itself a variant.</source>
        <translation>Varian harus merupakan turunan dari produk utama, bukan dari varian lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The location {location} is not in use any more. Choose another one.</source>
        <translation>Lokasi {location} sudah tidak dipakai lagi. Pilih lokasi lain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A transfer needs two different locations. Choose where the goods go.</source>
        <translation>Mutasi memerlukan dua lokasi yang berbeda. Pilih lokasi tujuan barang.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add at least one line with an item.</source>
        <translation>Tambahkan minimal satu baris berisi barang.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{item} is on the list twice. Put the whole quantity on one line.</source>
        <translation>{item} tercantum dua kali dalam daftar. Tulis seluruh jumlahnya dalam satu baris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No item has the barcode or SKU {barcode}. Check the label or search by name.</source>
        <translation>Tidak ada barang dengan barcode atau SKU {barcode}. Periksa labelnya atau cari berdasarkan nama.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The stock count {number} is already {status} and cannot be changed.</source>
        <translation>Stok opname {number} sudah berstatus {status} dan tidak dapat diubah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A stock count of {location} is already open ({number}). Post or cancel it first.</source>
        <translation>Stok opname untuk {location} masih terbuka ({number}). Posting atau batalkan dulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{missing} lines of stock count {number} have no counted quantity yet. Enter them (0 if nothing was found) before posting.</source>
        <translation>{missing} baris stok opname {number} belum diisi jumlah hitungnya. Isi dulu (0 jika barangnya tidak ada) sebelum diposting.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The period is upside down: {start} is after {end}.</source>
        <translation>Periodenya terbalik: {start} lebih lambat daripada {end}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is not a material. A recipe lists the materials a piece needs.</source>
        <translation>{name} bukan bahan. Resep berisi bahan yang diperlukan untuk satu potong.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not a product. Recipes and batches are made for products.</source>
        <translation>{name} bukan produk. Resep dan batch produksi hanya dibuat untuk produk.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{stage} is not a stage of making batik.</source>
        <translation>{stage} bukan tahap pembuatan batik.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stage {stage} is on the list twice. Keep one line per stage.</source>
        <translation>Tahap {stage} tercantum dua kali. Cukup satu baris untuk setiap tahap.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{stage}: the piece rate cannot be below zero ({rate}).</source>
        <translation>{stage}: upah per potong tidak boleh di bawah nol ({rate}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter how many pieces to make: a whole number from 1 to {max} (not {quantity}).</source>
        <translation>Isi jumlah potong yang akan dibuat: bilangan bulat 1 sampai {max} (bukan {quantity}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Batch {number} is already finished or cancelled and cannot be changed.</source>
        <translation>Batch {number} sudah selesai atau dibatalkan dan tidak dapat diubah.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything planned for batch {number} has been issued. Enter quantities to issue more.</source>
        <translation>Semua yang direncanakan untuk batch {number} sudah dikeluarkan. Isi jumlahnya untuk mengeluarkan lebih banyak.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{item} has already been issued to batch {number}, so it cannot be taken off the list. Plan at least {issued} {unit}.</source>
        <translation>{item} sudah dikeluarkan untuk batch {number}, jadi tidak dapat dihapus dari daftar. Rencanakan minimal {issued} {unit}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Batch {number} has no stage {stage}. Add it to the product&apos;s recipe first.</source>
        <translation>Batch {number} tidak memiliki tahap {stage}. Tambahkan dulu tahap ini ke resep produknya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not registered as an artisan. Mark them as one on the Artisans page first.</source>
        <translation>{name} belum terdaftar sebagai pengrajin. Tandai sebagai pengrajin di halaman Pengrajin terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is listed twice for the stage {stage}. Put all their pieces on one line.</source>
        <translation>{name} tercantum dua kali untuk tahap {stage}. Tulis semua potongnya dalam satu baris.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name}: pieces must be a whole number, zero or more (not {pieces}).</source>
        <translation>{name}: jumlah potong harus bilangan bulat, nol atau lebih (bukan {pieces}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage {stage}: {pieces} pieces are recorded, but the batch has only {planned}.</source>
        <translation>Tahap {stage}: tercatat {pieces} potong, padahal batch ini hanya {planned} potong.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage {stage} cannot finish ({finished}) before it starts ({started}).</source>
        <translation>Tahap {stage} tidak dapat selesai ({finished}) sebelum dimulai ({started}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stage {stage} is paid {rate} a piece but nobody is recorded with pieces for it. Enter who worked it before finishing the batch.</source>
        <translation>Tahap {stage} diupah {rate} per potong, tetapi belum ada pengrajin yang tercatat mengerjakannya. Isi siapa yang mengerjakannya sebelum menyelesaikan batch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Finished and rejected pieces together must be from 1 to the {planned} planned (now {total}).</source>
        <translation>Jumlah potong jadi dan cacat harus antara 1 dan {planned} sesuai rencana (sekarang {total}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The batch cannot finish on {finished}: it started on {started}.</source>
        <translation>Batch tidak dapat selesai pada {finished} karena baru dimulai pada {started}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount paid: more than zero (not {amount}).</source>
        <translation>Isi jumlah yang dibayar: lebih dari nol (bukan {amount}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose how the wages were paid: cash or bank transfer.</source>
        <translation>Pilih cara pembayaran upah: tunai atau transfer bank.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A label layout needs at least one column and one row, a page and a label larger than zero, and margins and gaps of zero or more.</source>
        <translation>Tata letak label memerlukan minimal satu kolom dan satu baris, ukuran halaman dan label lebih dari nol, serta margin dan jarak nol atau lebih.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Labels of {width} × {height} mm are too small for this kind of label. Make them at least {min_width} × {min_height} mm.</source>
        <translation>Label berukuran {width} × {height} mm terlalu kecil untuk jenis label ini. Buat minimal {min_width} × {min_height} mm.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{columns} columns of {width} mm labels with {gap} mm gaps and a {margin} mm left margin need {needed} mm, but the page is {page} mm wide. Use fewer columns, narrower labels, smaller gaps or a smaller margin.</source>
        <translation>{columns} kolom label selebar {width} mm dengan jarak {gap} mm dan margin kiri {margin} mm memerlukan {needed} mm, padahal lebar halaman {page} mm. Kurangi jumlah kolom, persempit label, perkecil jarak, atau perkecil margin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{rows} rows of {height} mm labels with {gap} mm gaps and a {margin} mm top margin need {needed} mm, but the page is {page} mm high. Use fewer rows, shorter labels, smaller gaps or a smaller margin.</source>
        <translation>{rows} baris label setinggi {height} mm dengan jarak {gap} mm dan margin atas {margin} mm memerlukan {needed} mm, padahal tinggi halaman {page} mm. Kurangi jumlah baris, perpendek label, perkecil jarak, atau perkecil margin.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first label position must be between 1 and {last}, the number of labels on one sheet.</source>
        <translation>Posisi label pertama harus antara 1 dan {last}, yaitu jumlah label dalam satu lembar.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name}: print between 0 and {max} labels, not {copies}.</source>
        <translation>{name}: cetak antara 0 dan {max} label, bukan {copies}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no labels to print. Choose an item and at least one copy.</source>
        <translation>Tidak ada label yang akan dicetak. Pilih barang dan minimal satu salinan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{name} is set inactive and cannot be sold. Switch it on again first.</source>
        <translation>{name} berstatus nonaktif dan tidak dapat dijual. Aktifkan kembali terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item}: the price cannot be below zero.</source>
        <translation>{item}: harga tidak boleh di bawah nol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A discount cannot be below zero. Enter 0 for no discount.</source>
        <translation>Diskon tidak boleh di bawah nol. Isi 0 jika tanpa diskon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A discount in percent must be between 0 and 100.</source>
        <translation>Diskon dalam persen harus antara 0 dan 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} is not registered as a customer. Mark them as one on the Customers page first.</source>
        <translation>{name} belum terdaftar sebagai pelanggan. Tandai sebagai pelanggan di halaman Pelanggan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date cannot be before the invoice date.</source>
        <translation>Jatuh tempo tidak boleh lebih awal daripada tanggal faktur.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{number} has been issued and can no longer be changed or deleted. A manager can cancel it with a credit note.</source>
        <translation>{number} sudah diterbitkan dan tidak dapat diubah atau dihapus lagi. Manajer dapat membatalkannya dengan nota kredit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} is still a draft. Issue the invoice first.</source>
        <translation>{number} masih berupa draf. Terbitkan fakturnya terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice {number} is cancelled.</source>
        <translation>Faktur {number} sudah dibatalkan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {number} is already paid in full.</source>
        <translation>Faktur {number} sudah lunas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts are in whole Rupiah. Leave out the cents.</source>
        <translation>Jumlah uang ditulis dalam Rupiah bulat, tanpa sen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter an amount to pay above zero.</source>
        <translation>Isi jumlah pembayaran lebih dari nol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} is more than the {due} still due on {number}.</source>
        <translation>{amount} melebihi sisa tagihan {number}, yaitu {due}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cash given ({given}) is less than the amount to pay ({amount}).</source>
        <translation>Uang yang diterima ({given}) kurang dari jumlah yang harus dibayar ({amount}).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the reference of the payment by {method} (the transfer slip or QRIS transaction number), so it can be matched with the bank statement.</source>
        <translation>Isi referensi pembayaran lewat {method} (nomor slip transfer atau nomor transaksi QRIS) agar dapat dicocokkan dengan rekening koran.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A payment cannot be dated before its invoice.</source>
        <translation>Tanggal pembayaran tidak boleh lebih awal daripada tanggal fakturnya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The cash for {day} is already closed. Record the payment on another day or ask a manager.</source>
        <translation>Kas untuk {day} sudah ditutup. Catat pembayaran pada hari lain atau minta bantuan manajer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give the reason (it is printed on the credit note).</source>
        <translation>Isi alasannya (akan dicetak di nota kredit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose at least one line and the quantity that comes back.</source>
        <translation>Pilih minimal satu baris beserta jumlah barang yang dikembalikan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only {available} {unit} of {item} can still be returned.</source>
        <translation>{item} hanya dapat diretur {available} {unit} lagi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The counted cash cannot be below zero.</source>
        <translation>Uang tunai dihitung tidak boleh di bawah nol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The cash of {cashier} for {day} was already closed at {when}.</source>
        <translation>Kas {cashier} untuk {day} sudah ditutup pada {when}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{item} belongs to another artisan and cannot be part of this intake.</source>
        <translation>{item} milik pengrajin lain dan tidak dapat dimasukkan ke penerimaan titipan ini.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give each new consigned piece a name.</source>
        <translation>Beri nama setiap barang titipan yang baru.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The commission must be between 0 and 100 percent.</source>
        <translation>Komisi harus antara 0 dan 100 persen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The period ends before it starts. Check the two dates.</source>
        <translation>Periode berakhir sebelum dimulai. Periksa kedua tanggal tersebut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{name} has nothing to settle from {start} to {end}: no sales and no pieces to return.</source>
        <translation>Tidak ada yang perlu diselesaikan untuk {name} dari {start} sampai {end}: tidak ada penjualan dan tidak ada barang yang dikembalikan.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter an amount to pay out above zero.</source>
        <translation>Isi jumlah pembayaran ke pengrajin lebih dari nol.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{amount} is more than the {balance} still owed on {number}.</source>
        <translation>{amount} melebihi sisa yang belum dibayar untuk {number}, yaitu {balance}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The request could not be carried out.</source>
        <translation>Permintaan ini tidak dapat dijalankan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This clashes with data already in the database.</source>
        <translation>Data ini bentrok dengan data yang sudah ada di basis data.</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/domain/validation.py" line="+13"/>
        <source>must be 16 digits</source>
        <translation>harus 16 digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 15 or 16 digits (dots and dashes are fine)</source>
        <translation>harus 15 atau 16 digit (boleh memakai titik dan tanda hubung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be 13 digits</source>
        <translation>harus 13 digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an Indonesian phone number (e.g. 0812 3456 7890)</source>
        <translation>bukan nomor telepon Indonesia (contoh: 0812 3456 7890)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not an e-mail address (e.g. nama@contoh.id)</source>
        <translation>bukan alamat e-mail (contoh: nama@contoh.id)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number</source>
        <translation>harus berupa bilangan bulat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a number</source>
        <translation>harus berupa angka</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be between {min} and {max}</source>
        <translation>harus antara {min} dan {max}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be one of: {choices}</source>
        <translation>harus salah satu dari: {choices}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is not a PNG or JPEG image</source>
        <translation>bukan gambar PNG atau JPEG</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>is longer than {max} characters</source>
        <translation>lebih dari {max} karakter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a fraction such as 11/12</source>
        <translation>harus berupa pecahan, misalnya 11/12</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/ui/errors.py" line="+29"/>
        <source>Not allowed</source>
        <translation>Tidak diizinkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Please check</source>
        <translation>Mohon periksa</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Something went wrong</source>
        <translation>Terjadi kesalahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something unexpected went wrong and the action was not finished. Nothing that was already saved is lost.

Details are in the log file:
{path}</source>
        <translation>Terjadi sesuatu yang tidak terduga dan tindakan tidak diselesaikan. Data yang sudah tersimpan tidak hilang.

Rinciannya ada di file log:
{path}</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/backup.py" line="+181"/>
        <source>the file was not found</source>
        <translation>file tidak ditemukan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not a database file</source>
        <translation>file ini bukan file basis data</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file is damaged ({check})</source>
        <translation>file rusak ({check})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>it was not made by Rumah Batik</source>
        <translation>file ini tidak dibuat oleh Rumah Batik</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/cli.py" line="-230"/>
        <source>{text} is not a date (dd/mm/yyyy)</source>
        <extracomment>The language of the messages: the database&apos;s setting once it is open, Indonesian before.</extracomment>
        <translation>{text} bukan tanggal (dd/mm/yyyy)</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>no invoice or quotation has this number (e.g. INV/2026/000123)</source>
        <translation>tidak ada faktur atau penawaran harga dengan nomor ini (contoh: INV/2026/000123)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>give NAME, --from, --to and --out</source>
        <translation>beri NAMA, --from, --to dan --out</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>no credit note has this number (e.g. CN/2026/000004)</source>
        <translation>tidak ada nota kredit dengan nomor ini (contoh: CN/2026/000004)</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/exports.py" line="+227"/>
        <source>the export {name} takes no date (exports with a date: {dated})</source>
        <translation>ekspor {name} tidak memakai tanggal (ekspor yang memakai tanggal: {dated})</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/reports_catalog.py" line="+149"/>
        <source>no report has this name</source>
        <translation>tidak ada laporan dengan nama ini</translation>
    </message>
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../rumahbatik/services/exports.py" line="-194"/>
        <source>User name</source>
        <extracomment>Exports that can be taken at a past date (``rumahbatik export stock --at DATE``).</extracomment>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/training_exports.py" line="+62"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/people_exports.py" line="+40"/>
        <location line="+35"/>
        <location line="+30"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+89"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+118"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+134"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record type</source>
        <translation>Jenis data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+91"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location line="-47"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="-93"/>
        <source>Items</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+39"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+104"/>
        <source>Stock moves</source>
        <translation>Transaksi stok</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+47"/>
        <source>Production batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../rumahbatik/services/sales_exports.py" line="+138"/>
        <source>Invoices</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../rumahbatik/services/sales_exports.py" line="+48"/>
        <source>Invoice lines</source>
        <translation>Rincian faktur</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../../rumahbatik/services/motif_exports.py" line="+62"/>
        <source>Motifs</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../rumahbatik/services/people_exports.py" line="-45"/>
        <source>Artisans</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../rumahbatik/services/people_exports.py" line="+32"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../rumahbatik/services/people_exports.py" line="+19"/>
        <source>Suppliers</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../rumahbatik/services/training_exports.py" line="-6"/>
        <source>Cohorts</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../rumahbatik/services/training_exports.py" line="+43"/>
        <source>Trainees</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../rumahbatik/services/training_exports.py" line="+36"/>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/motif_exports.py" line="-38"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/people_exports.py" line="-83"/>
        <location line="+38"/>
        <location line="+32"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="-247"/>
        <location line="+65"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designer</source>
        <translation>Perancang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-designers</source>
        <translation>Perancang pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Techniques</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/sales_exports.py" line="-141"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+144"/>
        <location filename="../../rumahbatik/services/training_exports.py" line="-98"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKI number</source>
        <translation>Nomor HKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKI date</source>
        <translation>Tanggal HKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalty</source>
        <translation>Royalti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Tanggal dibuat</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/people_exports.py" line="-69"/>
        <location line="+44"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Gender (L/P)</source>
        <translation>Jenis kelamin (L/P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+38"/>
        <location line="+31"/>
        <location filename="../../rumahbatik/services/training_exports.py" line="+28"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+38"/>
        <location line="+31"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-68"/>
        <location line="+38"/>
        <location line="+31"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+37"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Techniques (level 1-4)</source>
        <translation>Teknik (tingkat 1-4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business name (IKM)</source>
        <translation>Nama usaha (IKM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../../rumahbatik/services/sales_exports.py" line="-1"/>
        <source>Customer type</source>
        <translation>Jenis pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Supplies</source>
        <translation>Barang yang dipasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/training_exports.py" line="-39"/>
        <location line="+35"/>
        <location line="+47"/>
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Course</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructors</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrolled</source>
        <translation>Terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list</source>
        <translation>Daftar tunggu</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enrolment</source>
        <translation>Status pendaftaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting list position</source>
        <translation>Urutan daftar tunggu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance %</source>
        <translation>Kehadiran %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final score</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result overridden</source>
        <translation>Hasil diubah manual</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/sales_exports.py" line="+12"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="-210"/>
        <location line="+65"/>
        <location line="+79"/>
        <source>SKU</source>
        <extracomment>Ledger rows read per query while ``moves`` streams.</extracomment>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/stock_exports.py" line="-142"/>
        <location line="+65"/>
        <location filename="../../rumahbatik/services/training_exports.py" line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+65"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+67"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Purchase unit</source>
        <translation>Satuan beli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Units per purchase unit</source>
        <translation>Isi per satuan beli</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/sales_exports.py" line="-15"/>
        <location line="+13"/>
        <source>Invoice</source>
        <extracomment>Rows read per query while an export streams.</extracomment>
        <translation>Faktur</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+17"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Credited</source>
        <translation>Dikreditkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount due</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment status</source>
        <translation>Status pembayaran</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+1"/>
        <location line="+202"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="-201"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Taxable (after invoice discount)</source>
        <translation>Kena pajak (setelah diskon faktur)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Harga pokok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Returned</source>
        <translation>Diretur</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale price</source>
        <translation>Harga jual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>Stok minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>On hand</source>
        <translation>Jumlah stok</translation>
    </message>
    <message>
        <location line="-55"/>
        <location line="+57"/>
        <source>Average cost</source>
        <translation>Harga pokok rata-rata</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+57"/>
        <location line="+76"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>At end of</source>
        <translation>Per tanggal</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+77"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/sales_exports.py" line="-24"/>
        <location line="+13"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="-5"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+1"/>
        <source>Kind of move</source>
        <translation>Jenis transaksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/sales_exports.py" line="+5"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+2"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+1"/>
        <location line="+70"/>
        <source>Unit cost</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Balance after</source>
        <translation>Saldo setelahnya</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/sales_exports.py" line="-3"/>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+1"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/stock_exports.py" line="+3"/>
        <source>Planned</source>
        <translation>Jumlah rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Jumlah jadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Jumlah cacat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material cost</source>
        <translation>Biaya bahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wage cost</source>
        <translation>Biaya upah</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/training_exports.py" line="+1"/>
        <source>Verification code</source>
        <translation>Kode verifikasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>Pemegang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoked</source>
        <translation>Dicabut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason revoked</source>
        <translation>Alasan pencabutan</translation>
    </message>
</context>
<context>
    <name>FinishDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/batch_dialog.py" line="+216"/>
        <source>Finish {number}</source>
        <translation>Selesaikan {number}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Finish batch</source>
        <translation>Selesaikan batch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pieces finished (good)</source>
        <translation>Potong jadi (baik)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pieces rejected</source>
        <translation>Potong cacat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished on</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Who worked each stage</source>
        <translation>Pengrajin tiap tahap</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Materials issued {materials} + wages {wages} = {total}; cost per finished piece {unit}.</source>
        <translation>Bahan dikeluarkan {materials} + upah {wages} = {total}; biaya per potong jadi {unit}.</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/login_dialog.py" line="+116"/>
        <source>Welcome to Rumah Batik</source>
        <translation>Selamat datang di Rumah Batik</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This database has no users yet. Create the first administrator account: it can add the other users later.</source>
        <translation>Basis data ini belum memiliki pengguna. Buat akun administrator pertama; akun ini nanti dapat menambahkan pengguna lain.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../rumahbatik/ui/settings_form.py" line="+50"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>no image</source>
        <translation>tidak ada gambar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose an image</source>
        <translation>Pilih gambar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/import_dialog.py" line="+50"/>
        <source>Import artisans</source>
        <translation>Impor pengrajin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import customers</source>
        <translation>Impor pelanggan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose file…</source>
        <translation>Pilih file…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV or Excel (.xlsx) file, first row = headings.</source>
        <translation>File CSV atau Excel (.xlsx), baris pertama = judul kolom.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Which field does each column hold?</source>
        <translation>Setiap kolom berisi isian apa?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column in the file</source>
        <translation>Kolom di file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Nilai pertama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Isian</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Row</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import only the rows without problems</source>
        <translation>Impor hanya baris yang tidak bermasalah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose a file</source>
        <translation>Pilih file</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV or Excel (*.csv *.xlsx)</source>
        <translation>CSV atau Excel (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>(ignore)</source>
        <translation>(abaikan)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Row {row}: {message}</source>
        <translation>Baris {row}: {message}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ready</source>
        <translation>siap</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{valid} row(s) ready, {invalid} with problems.</source>
        <translation>{valid} baris siap, {invalid} bermasalah.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>{created} imported, {skipped} skipped.</source>
        <translation>{created} diimpor, {skipped} dilewati.</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/consignment_dialogs.py" line="+151"/>
        <source>New consignment intake</source>
        <translation>Penerimaan titipan baru</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name of the new piece</source>
        <translation>Nama barang baru</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(no motif)</source>
        <translation>(tanpa motif)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(technique)</source>
        <translation>(teknik)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking price (Rp)</source>
        <translation>Harga jual pengrajin (Rp)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Add piece</source>
        <translation>&amp;Tambah barang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove piece</source>
        <translation>&amp;Hapus barang</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <location line="+5"/>
        <source>Piece</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+90"/>
        <location line="+13"/>
        <source>Asking price</source>
        <translation>Harga jual pengrajin</translation>
    </message>
    <message>
        <location line="-103"/>
        <location line="+21"/>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Artisan&apos;s share/pc</source>
        <translation>Bagian pengrajin/pcs</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Artisan</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Motif, technique</source>
        <translation>Motif, teknik</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Qty, asking price</source>
        <translation>Jumlah, harga jual pengrajin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>New piece</source>
        <translation>Barang baru</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Artisan gets {share} per piece</source>
        <translation>Pengrajin menerima {share} per pcs</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Give the new piece a name.</source>
        <translation>Beri nama barang baru ini.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Enter the asking price.</source>
        <translation>Isi harga jual pengrajin.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>{pieces} pieces · artisan&apos;s share when all sell: {value}</source>
        <translation>{pieces} pcs · bagian pengrajin jika laku semua: {value}</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the artisan.</source>
        <translation>Pilih pengrajin.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Hang tags</source>
        <translation>Label gantung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intake {number} is saved. Print hang tags for the {pieces} pieces?</source>
        <translation>Penerimaan titipan {number} disimpan. Cetak label gantung untuk {pieces} pcs barang tersebut?</translation>
    </message>
</context>
<context>
    <name>InvoicesTab</name>
    <message>
        <location filename="../../rumahbatik/ui/sales_page.py" line="+194"/>
        <source>Search invoice number or customer…</source>
        <extracomment>Soft backgrounds that keep black text readable: unpaid, partly paid; cancelled is grey text. Receivables past due by bucket: the older, the redder.</extracomment>
        <translation>Cari nomor faktur atau pelanggan…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any status</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Any payment status</source>
        <translation>Semua status pembayaran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only invoices with this motif; click to show all</source>
        <translation>Hanya faktur dengan motif ini; klik untuk menampilkan semua</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>C&amp;lear</source>
        <translation>&amp;Kosongkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show every invoice again</source>
        <translation>Tampilkan semua faktur lagi</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New order…</source>
        <translation>Pesanan &amp;baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit draft…</source>
        <translation>&amp;Ubah draf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete draft</source>
        <translation>&amp;Hapus draf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;payment…</source>
        <translation>Catat &amp;pembayaran…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+481"/>
        <source>&amp;Print invoice…</source>
        <translation>&amp;Cetak faktur…</translation>
    </message>
    <message>
        <location line="-480"/>
        <source>Print &amp;receipt…</source>
        <translation>Cetak &amp;struk…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel invoice…</source>
        <translation>B&amp;atalkan faktur…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;turn goods…</source>
        <translation>&amp;Retur barang…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print cre&amp;dit note…</source>
        <translation>Cetak &amp;nota kredit…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <location line="+61"/>
        <location line="+263"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="-338"/>
        <source>Returned</source>
        <translation>Diretur</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+7"/>
        <location line="+59"/>
        <location line="+239"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Received by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+58"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+305"/>
        <source>Reason</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <location line="-298"/>
        <source>Lines</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes</source>
        <translation>Nota kredit</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+236"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="-233"/>
        <location line="+264"/>
        <source>Credited</source>
        <translation>Dikreditkan</translation>
    </message>
    <message>
        <location line="-262"/>
        <location line="+263"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="-261"/>
        <location line="+263"/>
        <source>Due</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Motif: %1  ✕</source>
        <translation>Motif: %1  ✕</translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>%n invoice(s)</source>
        <translation>
            <numerusform>%n faktur</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>total {total} · paid {paid} · due {due}</source>
        <translation>total {total} · dibayar {paid} · sisa tagihan {due}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counting…</source>
        <translation>Menghitung…</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Select an invoice to see its lines, payments and credit notes.</source>
        <translation>Pilih faktur untuk melihat barang, pembayaran, dan nota kreditnya.</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>Payments (%n)</source>
        <translation>
            <numerusform>Pembayaran (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Credit notes (%n)</source>
        <translation>
            <numerusform>Nota kredit (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Channel</source>
        <translation>Jenis penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued by</source>
        <translation>Diterbitkan oleh</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued at</source>
        <translation>Waktu terbit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line discounts</source>
        <translation>Diskon per barang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice discount</source>
        <translation>Diskon faktur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Before VAT</source>
        <translation>Sebelum PPN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>VAT {rate}% on {base}</source>
        <translation>PPN {rate}% dari {base}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>refund, {number}</source>
        <translation>pengembalian uang, {number}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&amp;Print quotation…</source>
        <translation>&amp;Cetak penawaran harga…</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the draft {number} for {customer}? This cannot be undone.</source>
        <translation>Hapus draf {number} untuk {customer}? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/batch_dialog.py" line="-156"/>
        <source>Issue materials to {number}</source>
        <translation>Keluarkan bahan untuk {number}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue now</source>
        <translation>Keluarkan sekarang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Issue</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take from</source>
        <translation>Ambil dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Enter a quantity to issue on at least one line.</source>
        <translation>Isi jumlah yang dikeluarkan di minimal satu baris.</translation>
    </message>
</context>
<context>
    <name>ItemDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/item_dialog.py" line="+56"/>
        <source>New item</source>
        <translation>Barang baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit item</source>
        <translation>Ubah barang</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>generated</source>
        <translation>otomatis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>e.g. gulung</source>
        <translation>misalnya gulung</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+5"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>SKU of the main product</source>
        <translation>SKU produk utama</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>empty: the SKU</source>
        <translation>kosong: memakai SKU</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Choose photo…</source>
        <translation>Pilih foto…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove photo</source>
        <translation>Hapus foto</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{unit}  (1 {purchase} = {factor} {unit})</source>
        <translation>{unit}  (1 {purchase} = {factor} {unit})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>not found</source>
        <translation>tidak ditemukan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>no photo</source>
        <translation>tidak ada foto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose a photo</source>
        <translation>Pilih foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The file cannot be read: {reason}</source>
        <translation>File tidak dapat dibaca: {reason}</translation>
    </message>
</context>
<context>
    <name>ItemPicker</name>
    <message>
        <location filename="../../rumahbatik/ui/batch_widgets.py" line="+64"/>
        <source>Search name or SKU…</source>
        <extracomment>An optional date shows blank at this value (QDateEdit cannot be empty).</extracomment>
        <translation>Cari nama atau SKU…</translation>
    </message>
</context>
<context>
    <name>ItemPickerDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/stock_lines.py" line="+76"/>
        <source>Choose an item</source>
        <translation>Pilih barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU, barcode, name or motif…</source>
        <translation>SKU, barcode, nama, atau motif…</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n item(s) shown</source>
        <translation>
            <numerusform>%n barang ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../../rumahbatik/domain/labels.py" line="+37"/>
        <source>Hang tag</source>
        <extracomment>One print run may not hold more labels than this per item: a typo of 10000 for 10 would otherwise tie up the printer for an hour. Rounding slack when checking that labels fit (millimetres).</extracomment>
        <translation>Label gantung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price label</source>
        <translation>Label harga</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Custom…</source>
        <extracomment>The smallest label (width, height in mm) each kind can be drawn on and still scan.</extracomment>
        <translation>Ukuran lain…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>A4 sheet, 3 × 8 price labels (70 × 37 mm)</source>
        <extracomment>The layouts offered, sheets first. Sizes follow common label stock sold in Indonesia (Tom &amp; Jerry / Avery-style A4 sheets) and the usual 50 × 30 mm thermal roll.</extracomment>
        <translation>Lembar A4, 3 × 8 label harga (70 × 37 mm)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A4 sheet, 4 × 10 price labels (48.5 × 25.4 mm)</source>
        <translation>Lembar A4, 4 × 10 label harga (48,5 × 25,4 mm)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A4 sheet, 3 × 3 hang tags (55 × 90 mm)</source>
        <translation>Lembar A4, 3 × 3 label gantung (55 × 90 mm)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A4 sheet, 2 × 4 wide hang tags (90 × 65 mm)</source>
        <translation>Lembar A4, 2 × 4 label gantung lebar (90 × 65 mm)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Roll, price label 50 × 30 mm</source>
        <translation>Gulungan, label harga 50 × 30 mm</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Roll, hang tag 55 × 90 mm</source>
        <translation>Gulungan, label gantung 55 × 90 mm</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Made by: {names}</source>
        <extracomment>The layout used when none is chosen: hang tags on an A4 sheet. Hang tag technique words: the plain Indonesian trade terms, printed as they are in both languages (buyers and Batikmark use them untranslated). The words printed on labels (English source, context &quot;Labels&quot;).</extracomment>
        <translation>Dibuat oleh: {names}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif {name}</source>
        <translation>Motif {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size {size}</source>
        <translation>Ukuran {size}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour {colour}</source>
        <translation>Warna {colour}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handmade in Indonesia</source>
        <translation>Buatan tangan Indonesia</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/ui/labels_dialog.py" line="+70"/>
        <source>Page width</source>
        <extracomment>The measures of a custom layout: (attribute, label, least, most) in millimetres.</extracomment>
        <translation>Lebar halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page height</source>
        <translation>Tinggi halaman</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label width</source>
        <translation>Lebar label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label height</source>
        <translation>Tinggi label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin</source>
        <translation>Margin kiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin</source>
        <translation>Margin atas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns</source>
        <translation>Jarak antarkolom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between rows</source>
        <translation>Jarak antarbaris</translation>
    </message>
</context>
<context>
    <name>LabelsDialog</name>
    <message>
        <location line="+24"/>
        <source>Print labels</source>
        <translation>Cetak label</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+274"/>
        <source>Labels</source>
        <translation>Label</translation>
    </message>
    <message>
        <location line="-248"/>
        <source>Sheet measures</source>
        <translation>Ukuran lembar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Columns</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rows</source>
        <translation>Baris</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Preview / Print…</source>
        <translation>Pratinjau / Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sheet or roll</source>
        <translation>Lembar atau gulungan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start at position</source>
        <translation>Mulai di posisi</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>of %1, counted left to right, top to bottom</source>
        <translation>dari %1, dihitung dari kiri ke kanan, atas ke bawah</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No labels chosen.</source>
        <translation>Belum ada label yang dipilih.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n label(s) on %1 page(s)</source>
        <translation>
            <numerusform>%n label di %1 halaman</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n label(s) on %1 sheet(s)</source>
        <translation>
            <numerusform>%n label di %1 lembar</numerusform>
        </translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Save labels</source>
        <translation>Simpan label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved to %1</source>
        <translation>Disimpan ke %1</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/login_dialog.py" line="-88"/>
        <source>Log in – Rumah Batik</source>
        <translation>Masuk – Rumah Batik</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Please log in</source>
        <translation>Silakan masuk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This is the demo database: log in as &lt;b&gt;admin&lt;/b&gt; with password &lt;b&gt;admin&lt;/b&gt;. Never use these in real work.</source>
        <translation>Ini basis data demo: masuk sebagai &lt;b&gt;admin&lt;/b&gt; dengan kata sandi &lt;b&gt;admin&lt;/b&gt;. Jangan pernah memakainya untuk pekerjaan sungguhan.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Log in</source>
        <translation>Masuk</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../rumahbatik/ui/main_window.py" line="+240"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change my &amp;password…</source>
        <translation>Ganti kata &amp;sandi saya…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Log out</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Tutup program</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Verify a certificate…</source>
        <translation>&amp;Verifikasi sertifikat…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Rumah Batik</source>
        <translation>&amp;Tentang Rumah Batik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User: {name} ({role})</source>
        <translation>Pengguna: {name} ({role})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database: {name}</source>
        <translation>Basis data: {name}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>About Rumah Batik</source>
        <translation>Tentang Rumah Batik</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Rumah Batik&lt;/b&gt; {version}&lt;br&gt;Artisans, training, motifs, stock, production and sales of a community batik centre.&lt;br&gt;&lt;br&gt;Data folder: {folder}</source>
        <translation>&lt;b&gt;Rumah Batik&lt;/b&gt; {version}&lt;br&gt;Pengrajin, pelatihan, motif, stok, produksi, dan penjualan sebuah sentra batik.&lt;br&gt;&lt;br&gt;Folder data: {folder}</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/app.py" line="-33"/>
        <source>Automatic backup saved: {path}</source>
        <translation>Cadangan otomatis disimpan: {path}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The automatic backup failed; see the log.</source>
        <translation>Pencadangan otomatis gagal; lihat file log.</translation>
    </message>
</context>
<context>
    <name>MotifDetail</name>
    <message>
        <location filename="../../rumahbatik/ui/motifs_page.py" line="+225"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designer</source>
        <translation>Perancang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-designers</source>
        <translation>Perancang pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Techniques</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Tanggal dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKI registration</source>
        <translation>Pendaftaran HKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalty</source>
        <translation>Royalti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Philosophy (makna)</source>
        <translation>Makna (filosofi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Version history</source>
        <translation>Riwayat versi</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Products and sales with this motif</source>
        <translation>Produk dan penjualan dengan motif ini</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Products and sales made with this motif will be listed here once the stock and sales areas of the program are built.</source>
        <translation>Produk dan penjualan dengan motif ini akan tercantum di sini setelah bagian stok dan penjualan program ini selesai dibuat.</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Choose a motif to see it here.</source>
        <translation>Pilih motif untuk melihatnya di sini.</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>{number}, registered {date}</source>
        <translation>{number}, terdaftar {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not registered</source>
        <translation>belum terdaftar</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No image yet</source>
        <translation>Belum ada gambar</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Version {version} · {when} · {who}{note}</source>
        <translation>Versi {version} · {when} · {who}{note}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No earlier versions.</source>
        <translation>Belum ada versi sebelumnya.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The image file is missing.</source>
        <translation>File gambar tidak ditemukan.</translation>
    </message>
</context>
<context>
    <name>MotifDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/motif_dialog.py" line="+86"/>
        <source>Add motif</source>
        <translation>Tambah motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit motif {code}</source>
        <translation>Ubah motif {code}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;General</source>
        <translation>&amp;Umum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Philosophy</source>
        <translation>&amp;Makna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;olours</source>
        <translation>&amp;Warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Images</source>
        <translation>&amp;Gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;HKI and royalty</source>
        <translation>&amp;HKI dan royalti</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>empty: the next free code (MTF-…)</source>
        <translation>kosong: kode berikutnya yang tersedia (MTF-…)</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+128"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Code</source>
        <translation>&amp;Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Designer</source>
        <translation>&amp;Perancang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-designers</source>
        <translation>Perancang pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Techniques</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Origin</source>
        <translation>&amp;Asal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Tanggal dibuat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Philosophy (makna): what the motif means</source>
        <translation>Makna (filosofi): arti motif ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description: what is drawn, and how</source>
        <translation>Deskripsi: apa yang digambar, dan bagaimana caranya</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Swatch</source>
        <translation>Contoh warna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Colour name</source>
        <translation>Nama warna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code (#rrggbb)</source>
        <translation>Kode (#rrggbb)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add colour</source>
        <translation>Tambah warna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove colour</source>
        <translation>Hapus warna</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add from file…</source>
        <translation>Tambah dari file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move left</source>
        <translation>Geser ke kiri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move right</source>
        <translation>Geser ke kanan</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>HKI registration number</source>
        <translation>Nomor pendaftaran HKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKI registration date</source>
        <translation>Tanggal pendaftaran HKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalty to the designer</source>
        <translation>Royalti untuk perancang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Besaran</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A percentage is taken from the price of each piece sold; a fixed amount is paid per piece. The sales area uses this rule.</source>
        <translation>Persentase diambil dari harga setiap potong yang terjual; jumlah tetap dibayar per potong. Bagian penjualan memakai aturan ini.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Choose the colour…</source>
        <translation>Pilih warna…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Add images</source>
        <translation>Tambah gambar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} cannot be read.</source>
        <translation>{path} tidak dapat dibaca.</translation>
    </message>
</context>
<context>
    <name>Motifs</name>
    <message>
        <location filename="../../rumahbatik/domain/people.py" line="+75"/>
        <source>draft</source>
        <translation>draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>approved for production</source>
        <translation>disetujui untuk produksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retired</source>
        <translation>tidak dipakai lagi</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/domain/motifs.py" line="+17"/>
        <source>Code</source>
        <extracomment>Field labels (context &quot;Motifs&quot;), used in error messages and on the screen.</extracomment>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Deskripsi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Philosophy (makna)</source>
        <translation>Makna (filosofi)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Origin</source>
        <translation>Asal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designer</source>
        <translation>Perancang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Co-designers</source>
        <translation>Perancang pendamping</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Techniques</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour name</source>
        <translation>Nama warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image</source>
        <translation>Gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Image kind</source>
        <translation>Jenis gambar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Tanggal dibuat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKI registration number</source>
        <translation>Nomor pendaftaran HKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKI registration date</source>
        <translation>Tanggal pendaftaran HKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalty</source>
        <translation>Royalti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalty (%)</source>
        <translation>Royalti (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalty per piece (Rp)</source>
        <translation>Royalti per potong (Rp)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version note</source>
        <translation>Catatan versi</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>design</source>
        <translation>desain</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>photo of the cloth</source>
        <translation>foto kain</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no royalty</source>
        <translation>tanpa royalti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percentage of the price</source>
        <translation>persentase dari harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fixed amount per piece</source>
        <translation>jumlah tetap per potong</translation>
    </message>
</context>
<context>
    <name>MotifsPage</name>
    <message>
        <location filename="../../rumahbatik/ui/motifs_page.py" line="+48"/>
        <source>Search code, name or philosophy…</source>
        <translation>Cari kode, nama, atau makna…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All techniques</source>
        <translation>Semua teknik</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add motif…</source>
        <translation>&amp;Tambah motif…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;version…</source>
        <translation>&amp;Versi baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print catalogue…</source>
        <translation>&amp;Cetak katalog motif…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Motifs approved for production…</source>
        <translation>Motif yang disetujui untuk produksi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All motifs…</source>
        <translation>Semua motif…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Kode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designer</source>
        <translation>Perancang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Techniques</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HKI</source>
        <translation>HKI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Version</source>
        <translation>Versi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created on</source>
        <translation>Tanggal dibuat</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>All designers</source>
        <translation>Semua perancang</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>{count} motif(s)</source>
        <translation>{count} motif</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show as grid</source>
        <translation>Tampilkan sebagai kisi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show as table</source>
        <translation>Tampilkan sebagai tabel</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>New version of {name}</source>
        <translation>Versi baru {name}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version {version} is kept as it is now, and you go on editing version {next}.
What changes? (optional)</source>
        <translation>Versi {version} disimpan seperti sekarang, dan Anda melanjutkan dengan mengubah versi {next}.
Apa yang berubah? (opsional)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete motif</source>
        <translation>Hapus motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the motif {name} ({code}) with its images and versions?</source>
        <translation>Hapus motif {name} ({code}) beserta gambar dan versinya?</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Save the motif catalogue</source>
        <translation>Simpan katalog motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Not saved</source>
        <translation>Tidak disimpan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The catalogue could not be saved to {path}: {reason}</source>
        <translation>Katalog tidak dapat disimpan ke {path}: {reason}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Catalogue saved to {path}</source>
        <translation>Katalog disimpan di {path}</translation>
    </message>
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../rumahbatik/ui/main_window.py" line="-182"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Artisans</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Motifs</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Production</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Counter</source>
        <translation>Kasir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consignment</source>
        <translation>Titip jual</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
    </message>
</context>
<context>
    <name>NewBatchDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/batch_dialog.py" line="-140"/>
        <source>New production batch</source>
        <translation>Batch produksi baru</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Create batch</source>
        <translation>Buat batch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pieces planned</source>
        <translation>Rencana jumlah potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Rencana mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished goods go to</source>
        <translation>Barang jadi masuk ke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+30"/>
        <source>Choose the product to make.</source>
        <translation>Pilih produk yang akan dibuat.</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>This product has no recipe yet: the batch starts without materials or stages. Use Edit recipe… first.</source>
        <translation>Produk ini belum memiliki resep: batch dimulai tanpa bahan atau tahap. Gunakan Ubah resep… terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From the recipe: {materials}. Wages {wage} a piece, {total} in all.</source>
        <translation>Dari resep: {materials}. Upah {wage} per potong, seluruhnya {total}.</translation>
    </message>
</context>
<context>
    <name>NewCountDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/stock_count_dialog.py" line="-570"/>
        <source>New stock count</source>
        <translation>Stok opname baru</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>All kinds</source>
        <translation>Semua jenis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All categories</source>
        <translation>Semua kategori</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>e.g. end of month count</source>
        <translation>misalnya opname akhir bulan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The sheet lists every item kept at the location, with the book quantity of today. Items found that are not on it can be added while counting.</source>
        <translation>Lembar hitung memuat semua barang yang disimpan di lokasi ini, beserta stok buku hari ini. Barang yang ditemukan tetapi tidak ada di lembar dapat ditambahkan saat menghitung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Count date</source>
        <translation>Tanggal opname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start count</source>
        <translation>Mulai opname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
</context>
<context>
    <name>OrderDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/order_dialog.py" line="+53"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice date</source>
        <translation>Tanggal faktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+76"/>
        <source>Delete draft</source>
        <translation>Hapus draf</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+194"/>
        <source>Print quotation</source>
        <translation>Cetak penawaran harga</translation>
    </message>
    <message>
        <location line="-191"/>
        <source>Save draft</source>
        <translation>Simpan draf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue invoice…</source>
        <translation>Terbitkan faktur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Delete the draft {number}? This cannot be undone.</source>
        <translation>Hapus draf {number}? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Issue invoice</source>
        <translation>Terbitkan faktur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue the invoice for {customer} now? Its stock leaves the shop and it can no longer be changed.

Does the customer pay something now?</source>
        <translation>Terbitkan faktur untuk {customer} sekarang? Stok barangnya keluar dari toko dan faktur tidak dapat diubah lagi.

Apakah pelanggan membayar sekarang (sebagian atau seluruhnya)?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invoice issued</source>
        <translation>Faktur diterbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice {number} is issued. Print it now?</source>
        <translation>Faktur {number} sudah diterbitkan. Cetak sekarang?</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>New order</source>
        <translation>Pesanan baru</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{number} · {customer} · {status}</source>
        <translation>{number} · {customer} · {status}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Print invoice</source>
        <translation>Cetak faktur</translation>
    </message>
</context>
<context>
    <name>PasswordResetDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/users_page.py" line="+119"/>
        <source>New password for {name}</source>
        <translation>Kata sandi baru untuk {name}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New password</source>
        <translation>Kata sandi &amp;baru</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/payment_dialog.py" line="+79"/>
        <source>Payment: {number}</source>
        <extracomment>Notes a customer is likely to hand over: the quick &quot;cash given&quot; buttons round up to these.</extracomment>
        <translation>Pembayaran: {number}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>To pay: {amount}</source>
        <translation>Harus dibayar: {amount}</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+99"/>
        <source>Amount paid</source>
        <translation>Jumlah dibayar</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Cash handed over</source>
        <translation>Uang yang diberikan pelanggan</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+99"/>
        <source>Cash given</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Transfer slip or QRIS transaction number</source>
        <translation>Nomor slip transfer atau transaksi QRIS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Confirm payment (Enter)</source>
        <translation>Konfirmasi pembayaran (Enter)</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>this sale</source>
        <translation>penjualan ini</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Exact</source>
        <translation>Uang pas</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+15"/>
        <source>Change: {amount}</source>
        <translation>Kembalian: {amount}</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Short by {amount}</source>
        <translation>Kurang {amount}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No QRIS image is set. A manager can add the centre&apos;s static QRIS code in Settings.</source>
        <translation>Gambar QRIS belum diatur. Manajer dapat menambahkan kode QRIS statis sentra di Pengaturan.</translation>
    </message>
</context>
<context>
    <name>PayoutDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/consignment_dialogs.py" line="+290"/>
        <source>Record payout</source>
        <translation>Catat pembayaran ke pengrajin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{number} · {name}: owed {owed}, paid {paid}, &lt;b&gt;balance {balance}&lt;/b&gt;</source>
        <translation>{number} · {name}: harus dibayar {owed}, sudah dibayar {paid}, &lt;b&gt;sisa {balance}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
</context>
<context>
    <name>PdfPreviewDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/pdf_preview.py" line="+48"/>
        <source>Preview</source>
        <translation>Pratinjau</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>of %n page(s)</source>
        <translation>
            <numerusform>dari %n halaman</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fit width</source>
        <translation>Sesuaikan lebar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole page</source>
        <translation>Satu halaman penuh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as…</source>
        <translation>Simpan sebagai…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Page</source>
        <translation>Halaman</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Zoom</source>
        <translation>Perbesaran</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Save PDF</source>
        <translation>Simpan PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>People</name>
    <message>
        <location filename="../../rumahbatik/domain/people.py" line="-58"/>
        <source>tulis (hand-drawn)</source>
        <translation>tulis (dengan canting)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cap (stamped)</source>
        <translation>cap (dengan stempel cap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kombinasi (combined)</source>
        <translation>kombinasi (tulis dan cap)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>colet (hand-painted colour)</source>
        <translation>colet (warna dioles dengan kuas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>printing</source>
        <translation>printing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>beginner</source>
        <translation>pemula</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>capable</source>
        <translation>cukup terampil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>skilled</source>
        <translation>terampil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>master</source>
        <translation>ahli</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>male</source>
        <translation>laki-laki</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>female</source>
        <translation>perempuan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>walk-in</source>
        <translation>pembeli umum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>retail</source>
        <translation>eceran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wholesale / reseller</source>
        <translation>grosir / reseller</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>institution</source>
        <translation>instansi</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/domain/people_fields.py" line="+11"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Birth date</source>
        <translation>Tanggal lahir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business name (IKM)</source>
        <translation>Nama usaha (IKM)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Nomor rekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account holder</source>
        <translation>Nama pemilik rekening</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined on</source>
        <translation>Tanggal bergabung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Skill level</source>
        <translation>Tingkat keterampilan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer type</source>
        <translation>Jenis pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier name</source>
        <translation>Nama pemasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact person</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Barang yang dipasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region name</source>
        <translation>Nama wilayah</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/people_import.py" line="+64"/>
        <source>Place, date of birth</source>
        <translation>Tempat, tanggal lahir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Techniques</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/ui/people_page.py" line="+76"/>
        <source>Export the list</source>
        <translation>Ekspor daftar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export</source>
        <translation>Ekspor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The list was written to {path}.</source>
        <translation>Daftar disimpan ke {path}.</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/ui/person_form.py" line="+37"/>
        <source>dd/mm/yyyy</source>
        <translation>dd/mm/yyyy</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../rumahbatik/ui/people_page.py" line="+618"/>
        <source>Artisans</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Customers</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suppliers</source>
        <translation>Pemasok</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../rumahbatik/domain/roles.py" line="+48"/>
        <source>view the dashboard</source>
        <translation>melihat dasbor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage artisans and customers</source>
        <translation>mengelola pengrajin dan pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage the motif catalogue</source>
        <translation>mengelola katalog motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view training</source>
        <translation>melihat pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage training</source>
        <translation>mengelola pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage every cohort</source>
        <translation>mengelola semua angkatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage stock</source>
        <translation>mengelola stok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view sales</source>
        <translation>melihat penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view prices</source>
        <translation>melihat harga</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sell</source>
        <translation>melakukan penjualan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancel invoices</source>
        <translation>membatalkan faktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>delete records</source>
        <translation>menghapus data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view reports</source>
        <translation>melihat laporan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view settings</source>
        <translation>melihat pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change settings</source>
        <translation>mengubah pengaturan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manage users</source>
        <translation>mengelola pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>view the audit log</source>
        <translation>melihat log audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back up and restore</source>
        <translation>mencadangkan dan memulihkan data</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>override training results</source>
        <translation>mengubah hasil pelatihan secara manual</translation>
    </message>
</context>
<context>
    <name>PersonListTab</name>
    <message>
        <location filename="../../rumahbatik/ui/people_page.py" line="-582"/>
        <source>Search name, NIK or phone…</source>
        <translation>Cari nama, NIK, atau telepon…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All kecamatan</source>
        <translation>Semua kecamatan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All techniques</source>
        <translation>Semua teknik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All customer types</source>
        <translation>Semua jenis pelanggan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active and inactive</source>
        <translation>Aktif dan nonaktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active only</source>
        <translation>Hanya yang aktif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inactive only</source>
        <translation>Hanya yang nonaktif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+203"/>
        <source>Make &amp;inactive</source>
        <translation>Jadikan &amp;nonaktif</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Impor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Regions…</source>
        <translation>&amp;Wilayah…</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+126"/>
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location line="-125"/>
        <location line="+17"/>
        <location line="+113"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="-129"/>
        <location line="+17"/>
        <location line="+116"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="-132"/>
        <location line="+150"/>
        <source>Techniques</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="-149"/>
        <location line="+135"/>
        <source>Joined</source>
        <translation>Bergabung</translation>
    </message>
    <message>
        <location line="-134"/>
        <location line="+15"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+129"/>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message numerus="yes">
        <location line="-88"/>
        <source>%n artisan(s)</source>
        <translation>
            <numerusform>%n pengrajin</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n pelanggan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select a row to see the details.</source>
        <translation>Pilih satu baris untuk melihat rinciannya.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Make &amp;active</source>
        <translation>Jadikan &amp;aktif</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business</source>
        <translation>Usaha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>none recorded</source>
        <translation>belum dicatat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Motifs</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>designer</source>
        <translation>perancang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>co-designer</source>
        <translation>perancang pendamping</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+6"/>
        <location line="+10"/>
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Trainings</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Production</source>
        <translation>Produksi</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>… and %n more</source>
        <translation>
            <numerusform>… dan %n lainnya</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stock held at home</source>
        <translation>Bahan yang dibawa pulang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Wages</source>
        <translation>Upah</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>earned {earned}, paid {paid}, owed {owed}</source>
        <translation>diperoleh {earned}, dibayar {paid}, belum dibayar {owed}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Consignment and royalties</source>
        <translation>Titip jual dan royalti</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n piece(s) at the shop</source>
        <translation>
            <numerusform>%n pcs di toko</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>owed from sales {owed} (consignment {consignment}, royalties {royalties}, settled but not yet paid {unpaid})</source>
        <translation>belum dibayar dari penjualan {owed} (titip jual {consignment}, royalti {royalties}, sudah diselesaikan tetapi belum dibayar {unpaid})</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>{batch} {product}: {stage}, %n piece(s) ({status})</source>
        <translation>
            <numerusform>{batch} {product}: {stage}, %n potong ({status})</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting list</source>
        <translation>daftar tunggu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>withdrew</source>
        <translation>keluar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>passed</source>
        <translation>lulus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>did not pass</source>
        <translation>tidak lulus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in progress</source>
        <translation>sedang berjalan</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} for good? This cannot be undone.</source>
        <translation>Hapus {name} untuk selamanya? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../rumahbatik/ui/person_picker.py" line="+33"/>
        <source>Enrol people</source>
        <translation>Daftarkan peserta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name, NIK or phone…</source>
        <translation>Nama, NIK, atau telepon…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n person(s) shown</source>
        <translation>
            <numerusform>%n orang ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Production</name>
    <message>
        <location filename="../../rumahbatik/domain/production.py" line="+23"/>
        <source>Pola (pattern)</source>
        <extracomment>The usual order; a recipe may leave stages out.</extracomment>
        <translation>Pola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nglowong / nyanting</source>
        <translation>Nglowong / nyanting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nembok (wax cover)</source>
        <translation>Nembok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pewarnaan (dyeing)</source>
        <translation>Pewarnaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nglorod (wax removal)</source>
        <translation>Nglorod</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finishing</source>
        <translation>Finishing</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Planned</source>
        <translation>Direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>Sedang dikerjakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
</context>
<context>
    <name>ProductionPage</name>
    <message>
        <location filename="../../rumahbatik/ui/production_page.py" line="+63"/>
        <source>All batches</source>
        <translation>Semua batch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search number, product or motif…</source>
        <translation>Cari nomor, produk, atau motif…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="-57"/>
        <location line="+70"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;New batch…</source>
        <translation>Batch ba&amp;ru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;recipe…</source>
        <translation>Ubah r&amp;esep…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Wages…</source>
        <translation>&amp;Upah…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value issued</source>
        <translation>Nilai dikeluarkan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate / piece</source>
        <translation>Upah / potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+137"/>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>Artisans (pieces)</source>
        <translation>Pengrajin (potong)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Issue materials…</source>
        <translation>&amp;Keluarkan bahan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;progress…</source>
        <translation>Catat &amp;perkembangan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Finish batch…</source>
        <translation>&amp;Selesaikan batch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel batch…</source>
        <translation>B&amp;atalkan batch…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print &amp;hang tags…</source>
        <translation>Cetak &amp;label gantung…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&lt;b&gt;Materials&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bahan&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Stages&lt;/b&gt;</source>
        <translation>&lt;b&gt;Tahap&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n batch(es) shown</source>
        <translation>
            <numerusform>%n batch ditampilkan</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&lt;h3&gt;Choose a batch&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Pilih batch&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pieces planned</source>
        <translation>Rencana jumlah potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned start</source>
        <translation>Rencana mulai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output to</source>
        <translation>Hasil masuk ke</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Finished {date}: &lt;b&gt;{good}&lt;/b&gt; good, {bad} rejected. Materials {materials} + wages {wages} = {total}; cost per piece &lt;b&gt;{unit}&lt;/b&gt;.</source>
        <translation>Selesai {date}: &lt;b&gt;{good}&lt;/b&gt; baik, {bad} cacat. Bahan {materials} + upah {wages} = {total}; biaya per potong &lt;b&gt;{unit}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Materials issued so far {materials}; wages recorded {wages}.</source>
        <translation>Bahan yang sudah dikeluarkan {materials}; upah yang tercatat {wages}.</translation>
    </message>
    <message>
        <location line="+67"/>
        <location line="+11"/>
        <source>Cancel batch</source>
        <translation>Batalkan batch</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Cancel batch {number} ({product})? It cannot be reopened.</source>
        <translation>Batalkan batch {number} ({product})? Batch ini tidak dapat dibuka kembali.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Materials worth {value} were issued to this batch. Return them to the workshop store (Yes), or are they used up (No)?</source>
        <translation>Bahan senilai {value} sudah dikeluarkan untuk batch ini. Kembalikan ke gudang (Ya), atau bahan sudah terpakai habis (Tidak)?</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/batch_dialog.py" line="+106"/>
        <source>Progress of {number}</source>
        <translation>Perkembangan {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{product}, {pieces} pieces</source>
        <translation>{product}, {pieces} potong</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/receipt_dialog.py" line="+42"/>
        <location line="+102"/>
        <source>Receive stock</source>
        <translation>Terima barang</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>(no supplier)</source>
        <translation>(tanpa pemasok)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Total: {amount}</source>
        <translation>Total: {amount}</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Goods receipt {number} was saved: {value}.</source>
        <translation>Penerimaan barang {number} disimpan: {value}.</translation>
    </message>
</context>
<context>
    <name>ReceivablesTab</name>
    <message>
        <location filename="../../rumahbatik/ui/sales_page.py" line="+119"/>
        <source>&amp;Open invoice</source>
        <translation>&amp;Buka faktur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Record &amp;payment…</source>
        <translation>Catat &amp;pembayaran…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due date</source>
        <translation>Jatuh tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days overdue</source>
        <translation>Terlambat (hari)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Sisa tagihan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ageing</source>
        <translation>Umur piutang</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Memuat…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total due</source>
        <translation>Total piutang</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n invoice(s) not fully paid, as of {day}</source>
        <translation>
            <numerusform>%n faktur belum lunas, per {day}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipeDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/recipe_dialog.py" line="+41"/>
        <source>Recipe</source>
        <translation>Resep</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>per piece</source>
        <translation>per potong</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+109"/>
        <source>Quantity per piece</source>
        <translation>Jumlah per potong</translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stages and piece rates (upah per piece, Rp)</source>
        <translation>Tahap dan upah per potong (upah borongan, Rp)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Materials for one piece</source>
        <translation>Bahan untuk satu potong</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Wages per piece: {wage}</source>
        <translation>Upah per potong: {wage}</translation>
    </message>
</context>
<context>
    <name>RegionsDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/regions_dialog.py" line="+30"/>
        <source>Kecamatan and kelurahan</source>
        <translation>Kecamatan dan kelurahan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add kecamatan…</source>
        <translation>Tambah kecamatan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add kelurahan…</source>
        <translation>Tambah kelurahan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rename…</source>
        <translation>Ganti nama…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch off/on</source>
        <translation>Nonaktifkan/aktifkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>in use</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>switched off</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Name:</source>
        <translation>Nama:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add kecamatan</source>
        <translation>Tambah kecamatan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add kelurahan</source>
        <translation>Tambah kelurahan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rename</source>
        <translation>Ganti nama</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <location filename="../../rumahbatik/reports/report_pdf.py" line="+42"/>
        <source>Page {page} of {pages}</source>
        <translation>Halaman {page} dari {pages}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: {start} – {end}</source>
        <translation>Periode: {start} – {end}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/reports/report_xlsx.py" line="+23"/>
        <source>Printed by {user}, {at}</source>
        <translation>Dicetak oleh {user}, {at}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing in this period.</source>
        <translation>Tidak ada data pada periode ini.</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_sales.py" line="+60"/>
        <location filename="../../rumahbatik/services/reports_catalog.py" line="-78"/>
        <source>Sales report</source>
        <translation>Laporan penjualan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales by day</source>
        <translation>Penjualan per hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by month</source>
        <translation>Penjualan per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by product</source>
        <translation>Penjualan per produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by motif</source>
        <translation>Penjualan per motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by technique</source>
        <translation>Penjualan per teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sales by customer type</source>
        <translation>Penjualan per jenis pelanggan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments by method</source>
        <translation>Pembayaran per cara bayar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_artisans.py" line="+46"/>
        <location filename="../../rumahbatik/services/reports_catalog.py" line="+29"/>
        <source>Artisan income report</source>
        <translation>Laporan pendapatan pengrajin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Income per artisan</source>
        <translation>Pendapatan per pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consignment sales</source>
        <translation>Penjualan titip jual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalties by motif</source>
        <translation>Royalti per motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/report_production.py" line="+64"/>
        <source>Wages by stage</source>
        <translation>Upah per tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Income per artisan (top 15)</source>
        <translation>Pendapatan per pengrajin (15 teratas)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../rumahbatik/services/report_production.py" line="+55"/>
        <source>Artisan</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/report_production.py" line="-42"/>
        <source>Wages</source>
        <translation>Upah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consignment</source>
        <translation>Titip jual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalties</source>
        <translation>Royalti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total income</source>
        <translation>Total pendapatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/report_production.py" line="+46"/>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed at end</source>
        <translation>Terutang di akhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+245"/>
        <location filename="../../rumahbatik/services/report_production.py" line="-2"/>
        <location line="+8"/>
        <source>Pieces</source>
        <translation>Jumlah (pcs)</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Sold at asking price</source>
        <extracomment>The chart shows this many artisans, the highest incomes.</extracomment>
        <translation>Terjual pada harga titip</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Artisan&apos;s share</source>
        <translation>Bagian pengrajin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Designer</source>
        <translation>Perancang</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../rumahbatik/services/report_sales.py" line="+1"/>
        <source>Sales (before VAT)</source>
        <translation>Penjualan (sebelum PPN)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Royalty</source>
        <translation>Royalti</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../../rumahbatik/services/report_production.py" line="-2"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Wages count on the day the batch was finished, consignment shares and royalties on the day of the sale; a return lowers the day of its credit note. Paid: wage payments and settlement payouts in the period; owed at end: everything earned less everything paid up to the last day.</source>
        <translation>Upah dihitung pada hari batch selesai, bagian titip jual dan royalti pada hari penjualan; retur mengurangi hari nota kreditnya. Dibayar: pembayaran upah dan pembayaran pelunasan titip jual dalam periode; terutang di akhir: semua yang diperoleh dikurangi semua yang dibayar sampai hari terakhir.</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_production.py" line="-70"/>
        <location filename="../../rumahbatik/services/reports_catalog.py" line="-9"/>
        <source>Production report</source>
        <translation>Laporan produksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+44"/>
        <location line="+17"/>
        <source>Batches</source>
        <translation>Batch produksi</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Batch output and cost</source>
        <translation>Hasil dan biaya batch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output by product</source>
        <translation>Hasil per produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material use against plan</source>
        <translation>Pemakaian bahan terhadap rencana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wages per artisan</source>
        <translation>Upah per pengrajin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cost of finished output by month</source>
        <translation>Biaya hasil jadi per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wages earned per artisan</source>
        <translation>Upah diperoleh per pengrajin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(others)</source>
        <translation>(lainnya)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished</source>
        <translation>Jadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>Cacat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reject %</source>
        <translation>Cacat %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../rumahbatik/services/report_sales.py" line="+1"/>
        <source>Cost</source>
        <translation>HPP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Biaya satuan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished on</source>
        <translation>Selesai pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Planned</source>
        <translation>Rencana</translation>
    </message>
    <message>
        <location line="-19"/>
        <location filename="../../rumahbatik/services/report_training.py" line="+365"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Material (unit)</source>
        <translation>Bahan (satuan)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../rumahbatik/services/report_training.py" line="+90"/>
        <source>Issued</source>
        <translation>Dikeluarkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference %</source>
        <translation>Selisih %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued value</source>
        <translation>Nilai dikeluarkan</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <source>Earned</source>
        <translation>Diperoleh</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Owed at period end</source>
        <translation>Terutang di akhir periode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Artisans</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+357"/>
        <source>Batches: those at work in the period, with their figures as they stand today. Output and material use: the batches finished in the period; planned material is the recipe per piece × pieces planned, as planned on the batch.</source>
        <extracomment>The pie of wages names this many artisans; the rest are one slice.</extracomment>
        <translation>Batch: yang dikerjakan dalam periode, dengan angka sebagaimana hari ini. Hasil dan pemakaian bahan: batch yang selesai dalam periode; bahan rencana = resep per potong × jumlah rencana, sebagaimana direncanakan pada batch.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wages: earned when a batch is finished; owed = everything earned minus everything paid up to the period&apos;s last day.</source>
        <translation>Upah: diperoleh saat batch selesai; terutang = semua yang diperoleh dikurangi semua yang dibayar sampai hari terakhir periode.</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_sales.py" line="+1"/>
        <source>Margin</source>
        <translation>Laba kotor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Margin %</source>
        <translation>Laba kotor %</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_artisans.py" line="-267"/>
        <location filename="../../rumahbatik/services/report_production.py" line="-423"/>
        <location filename="../../rumahbatik/services/report_sales.py" line="+3"/>
        <source>(no motif)</source>
        <translation>(tanpa motif)</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_sales.py" line="+1"/>
        <source>(none)</source>
        <translation>(tidak ada)</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_common.py" line="+18"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_sales.py" line="+155"/>
        <source>Date</source>
        <extracomment>Up to this many days the report has a row per day; longer periods have a row per month.</extracomment>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../../rumahbatik/services/report_turnover.py" line="+60"/>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <location line="+38"/>
        <location filename="../../rumahbatik/services/report_stock.py" line="+59"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_production.py" line="+4"/>
        <location filename="../../rumahbatik/services/report_sales.py" line="+1"/>
        <location filename="../../rumahbatik/services/report_stock.py" line="+19"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_artisans.py" line="+230"/>
        <location filename="../../rumahbatik/services/report_production.py" line="+14"/>
        <location filename="../../rumahbatik/services/report_sales.py" line="+37"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_sales.py" line="+11"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Customer type</source>
        <translation>Jenis pelanggan</translation>
    </message>
    <message>
        <location line="-260"/>
        <source>Method</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunded</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/services/report_stock.py" line="+11"/>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <location line="+309"/>
        <source>Sales are before VAT, after discounts, on the day sold; goods returned or cancelled count against the day of the credit note. Margin = sales − cost at the moving-average cost when sold.</source>
        <translation>Penjualan sebelum PPN, setelah diskon, pada hari terjual; barang retur atau faktur batal mengurangi hari nota kreditnya. Laba kotor = penjualan − HPP (harga pokok rata-rata bergerak saat terjual).</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/reports_catalog.py" line="-19"/>
        <source>Sales by day or month, product, motif, technique and customer type, with the margin; payments by method</source>
        <translation>Penjualan per hari atau bulan, produk, motif, teknik dan jenis pelanggan, dengan laba kotor; pembayaran per cara bayar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>On hand and value per location at the period&apos;s end, movements in the period, low stock and slow movers</source>
        <translation>Stok dan nilainya per lokasi di akhir periode, mutasi dalam periode, stok menipis dan barang lambat laku</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Batches, output and rejects, material use against the recipe, wages per artisan</source>
        <translation>Batch, hasil dan cacat, pemakaian bahan terhadap resep, upah per pengrajin</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Income per artisan: wages, consignment sales and motif royalties</source>
        <translation>Pendapatan per pengrajin: upah, penjualan titip jual dan royalti motif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cohorts, participants by district, gender and age, attendance, pass rates, certificates and graduates working as artisans</source>
        <translation>Angkatan, peserta per kecamatan, jenis kelamin dan usia, kehadiran, tingkat kelulusan, sertifikat dan lulusan yang bekerja sebagai pengrajin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Gross turnover per month and the final 0.5% income tax, with the Rp500 million threshold for individuals</source>
        <translation>Peredaran bruto per bulan dan PPh final 0,5%, dengan batas Rp500 juta untuk wajib pajak orang pribadi</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_stock.py" line="-41"/>
        <location filename="../../rumahbatik/services/reports_catalog.py" line="-38"/>
        <source>Stock report</source>
        <translation>Laporan stok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stock value by location</source>
        <translation>Nilai stok per lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock on hand</source>
        <translation>Stok yang ada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements by kind</source>
        <translation>Mutasi per jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Movements by item</source>
        <translation>Mutasi per barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low stock</source>
        <translation>Stok menipis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slow movers</source>
        <translation>Barang lambat laku</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other locations</source>
        <translation>Lokasi lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>On hand and value are at the end of the period&apos;s last day, at the moving-average cost. Movement values are at cost; per item, transfers between locations are not counted as in or out, so opening + in − out = closing.</source>
        <extracomment>Transfers move stock between locations; per item they add up to nothing. The pie shows the largest locations by value, the rest together as one slice.</extracomment>
        <translation>Stok dan nilainya pada akhir hari terakhir periode, pada harga pokok rata-rata bergerak. Nilai mutasi pada harga pokok; per barang, pindah lokasi tidak dihitung sebagai masuk atau keluar, sehingga awal + masuk − keluar = akhir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Low stock: active items with a reorder level whose stock in all locations together is at or below it. Slow movers: products with stock at the end of the period that did not sell once in the period, the most value tied up first.</source>
        <translation>Stok menipis: barang aktif dengan stok minimum yang stoknya di semua lokasi bersama sama dengan atau di bawahnya. Barang lambat laku: produk yang masih ada stoknya di akhir periode dan tidak terjual sekali pun dalam periode, nilai tertahan terbesar lebih dulu.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Items in stock</source>
        <translation>Barang ada stok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share</source>
        <translation>Porsi %</translation>
    </message>
    <message>
        <location line="-123"/>
        <location line="+10"/>
        <location line="+256"/>
        <source>On hand</source>
        <translation>Jumlah stok</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Average cost</source>
        <translation>HPP rata-rata</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kind of move</source>
        <translation>Jenis mutasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moves</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value in</source>
        <translation>Nilai masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value out</source>
        <translation>Nilai keluar</translation>
    </message>
    <message>
        <location line="+209"/>
        <source>Opening</source>
        <translation>Awal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Akhir</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Reorder level</source>
        <translation>Stok minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shortfall</source>
        <translation>Kekurangan</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Last sale</source>
        <translation>Terakhir terjual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days since</source>
        <translation>Hari sejak</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_training.py" line="-395"/>
        <location filename="../../rumahbatik/services/reports_catalog.py" line="+27"/>
        <source>Training report (city office)</source>
        <translation>Laporan pelatihan (dinas kota)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohorts</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Results per cohort</source>
        <translation>Hasil per angkatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants by district</source>
        <translation>Peserta per kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants by gender</source>
        <translation>Peserta per jenis kelamin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants by age band</source>
        <translation>Peserta per kelompok usia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates issued</source>
        <translation>Sertifikat diterbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graduates and artisans</source>
        <translation>Lulusan dan pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graduates working as artisans</source>
        <translation>Lulusan yang bekerja sebagai pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass rate per cohort (%)</source>
        <translation>Tingkat kelulusan per angkatan (%)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cohort</source>
        <translation>Angkatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participants</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graduated</source>
        <translation>Lulus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pass rate %</source>
        <translation>Kelulusan %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance %</source>
        <translation>Kehadiran %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates</source>
        <translation>Sertifikat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(unknown)</source>
        <translation>(tidak diketahui)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificate of competence</source>
        <translation>Sertifikat kompetensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation letter</source>
        <translation>Surat keterangan mengikuti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cohorts whose dates overlap the period. Participants are enrolled trainees (not the waiting list or withdrawn); completed = has a result, graduated = passed (a manager&apos;s override counts); pass rate = graduated ÷ completed.</source>
        <translation>Angkatan yang tanggalnya beririsan dengan periode. Peserta = peserta terdaftar (bukan daftar tunggu atau yang mengundurkan diri); selesai = sudah ada hasil, lulus = dinyatakan lulus (termasuk keputusan manajer); tingkat kelulusan = lulus ÷ selesai.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendance = present or late marks ÷ (trainees × days on which attendance was taken). Certificates issued: by issue day in the period, revoked ones left out. Graduates working as artisans: distinct people who graduated from these cohorts and now have an active artisan profile.</source>
        <translation>Kehadiran = tanda hadir atau terlambat ÷ (peserta × hari presensi diambil). Sertifikat diterbitkan: menurut tanggal terbit dalam periode, tanpa yang dicabut. Lulusan yang bekerja sebagai pengrajin: orang (dihitung sekali) yang lulus dari angkatan ini dan kini punya profil pengrajin aktif.</translation>
    </message>
    <message>
        <location line="+105"/>
        <location line="+304"/>
        <source>District</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>Gender</source>
        <translation>Jenis kelamin</translation>
    </message>
    <message>
        <location line="+122"/>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructors</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Age band</source>
        <translation>Kelompok usia</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Graduates</source>
        <translation>Lulusan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now artisans</source>
        <translation>Kini pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share %</source>
        <translation>Porsi %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Artisan since</source>
        <translation>Pengrajin sejak</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/report_turnover.py" line="-4"/>
        <location filename="../../rumahbatik/services/reports_catalog.py" line="+10"/>
        <source>Annual turnover (PP 55/2022)</source>
        <extracomment>PP 55/2022: final income tax on gross turnover. An individual&apos;s untaxed gross turnover per tax year. Gross turnover per tax year up to which the final-tax scheme applies.</extracomment>
        <translation>Peredaran bruto tahunan (PP 55/2022)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover per month</source>
        <translation>Peredaran bruto per bulan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gross turnover</source>
        <translation>Peredaran bruto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of which consigned goods</source>
        <translation>di antaranya titip jual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cumulative in the year</source>
        <translation>Kumulatif tahun berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPh final 0.5%</source>
        <translation>PPh final 0,5%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual: above Rp500 million</source>
        <translation>Orang pribadi: di atas Rp500 juta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Individual: PPh final 0.5%</source>
        <translation>Orang pribadi: PPh final 0,5%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Description</source>
        <translation>Uraian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remark</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turnover earlier in the year, before the period</source>
        <translation>Peredaran bruto tahun ini sebelum periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gross turnover of the period</source>
        <translation>Peredaran bruto periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>of which consigned artisans&apos; goods</source>
        <translation>di antaranya barang titipan pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPh final 0.5% (entity, no threshold)</source>
        <translation>PPh final 0,5% (badan, tanpa batas bebas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Individual&apos;s untaxed turnover per tax year</source>
        <translation>Peredaran bruto tidak kena pajak orang pribadi per tahun pajak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnover above the threshold</source>
        <translation>Peredaran bruto di atas batas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPh final 0.5% for an individual</source>
        <translation>PPh final 0,5% orang pribadi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceiling of the final-tax scheme per tax year</source>
        <translation>Batas atas skema PPh final per tahun pajak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ceiling passed in</source>
        <translation>Batas atas terlampaui pada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed</source>
        <translation>terlampaui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not passed</source>
        <translation>tidak terlampaui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gross turnover: sales before VAT, after discounts, on the day sold; returns and cancellations on the credit note&apos;s day (the same figures as the sales report).</source>
        <translation>Peredaran bruto: penjualan sebelum PPN, setelah diskon, pada hari terjual; retur dan pembatalan pada hari nota kreditnya (angka yang sama dengan laporan penjualan).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>PPh final 0.5% (PP 55/2022) of each month&apos;s turnover is due by the 15th of the next month; whole Rupiah, rounded down per month; nil in a month with negative turnover.</source>
        <translation>PPh final 0,5% (PP 55/2022) atas peredaran bruto tiap bulan disetor paling lambat tanggal 15 bulan berikutnya; Rupiah penuh, dibulatkan ke bawah per bulan; nihil pada bulan dengan peredaran bruto negatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Individual taxpayer: the first Rp500 million of each tax year is not taxed; tax starts in the month the cumulative passes it, on the part above. The cumulative restarts on 1 January and includes the year&apos;s turnover before the period.</source>
        <translation>Wajib pajak orang pribadi: Rp500 juta pertama tiap tahun pajak tidak dikenai pajak; pajak mulai pada bulan kumulatifnya melampaui batas itu, atas bagian di atasnya. Kumulatif dimulai lagi tiap 1 Januari dan mencakup peredaran bruto tahun itu sebelum periode.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Above Rp4.8 billion a year the scheme ends. Consigned goods count at their full price; perhaps only the commission is the centre&apos;s turnover: ask the tax adviser. This is a summary for the tax adviser, not a tax return.</source>
        <translation>Di atas Rp4,8 miliar setahun skema ini berakhir. Barang titipan dihitung pada harga penuh; mungkin hanya komisinya yang menjadi peredaran bruto sentra: tanyakan kepada konsultan pajak. Ini ringkasan untuk konsultan pajak, bukan SPT.</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/domain/reports.py" line="+62"/>
        <source>January</source>
        <extracomment>English month names, context &quot;Reports&quot; (the PDF translates them).</extracomment>
        <translation>Januari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>February</source>
        <translation>Februari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>March</source>
        <translation>Maret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May</source>
        <translation>Mei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>August</source>
        <translation>Agustus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>December</source>
        <translation>Desember</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../rumahbatik/ui/reports_page.py" line="+92"/>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last month</source>
        <translation>Bulan lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This year</source>
        <translation>Tahun ini</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last year</source>
        <translation>Tahun lalu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other dates</source>
        <translation>Tanggal lain</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>to</source>
        <translation>s.d.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (preview, print or save)</source>
        <translation>PDF (pratinjau, cetak atau simpan)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excel workbook</source>
        <translation>Buku kerja Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As</source>
        <translation>Sebagai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Make report</source>
        <translation>&amp;Buat laporan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Save the report</source>
        <translation>Simpan laporan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Buku kerja Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the figures…</source>
        <translation>Membaca angka-angkanya…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Writing the workbook…</source>
        <translation>Menulis buku kerja Excel…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Writing the PDF…</source>
        <translation>Menulis PDF…</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>{doing} {done} of {total} rows</source>
        <translation>{doing} {done} dari {total} baris</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saved to {path}</source>
        <translation>Disimpan di {path}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The report is open in the preview.</source>
        <translation>Laporan terbuka di pratinjau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Stopped. Nothing was written.</source>
        <translation>Dihentikan. Tidak ada yang ditulis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The report could not be written: {error}</source>
        <translation>Laporan tidak dapat ditulis: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stopping…</source>
        <translation>Menghentikan…</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <location filename="../../rumahbatik/domain/roles.py" line="-48"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manager</source>
        <translation>Manajer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Instructor</source>
        <translation>Instruktur</translation>
    </message>
</context>
<context>
    <name>SaleEditor</name>
    <message>
        <location filename="../../rumahbatik/ui/sale_editor.py" line="+58"/>
        <source>Scan a barcode or type a SKU, name or motif, then Enter</source>
        <translation>Pindai barcode atau ketik SKU, nama, atau motif, lalu tekan Enter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Find product…</source>
        <translation>Cari produk…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In shop</source>
        <translation>Stok toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+175"/>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <location line="-174"/>
        <location line="+177"/>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <location line="-176"/>
        <location line="+180"/>
        <source>Discount</source>
        <translation>Diskon</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Line total</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Type over quantity, price or discount (10% or an amount). Delete removes a line; + and - change the quantity.</source>
        <translation>Ketik langsung jumlah, harga, atau diskon (10% atau nominal). Delete menghapus baris; + dan - mengubah jumlah.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose…</source>
        <translation>Pilih…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Walk-in</source>
        <translation>Umum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sell to the walk-in customer (Pelanggan umum)</source>
        <translation>Jual ke pelanggan umum</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+55"/>
        <source>Customer</source>
        <translation>Pelanggan</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>e.g. 10% or 25.000</source>
        <translation>misalnya 10% atau 25.000</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+13"/>
        <location line="+52"/>
        <source>Invoice discount</source>
        <translation>Diskon faktur</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line discounts</source>
        <translation>Diskon per barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DPP (VAT base)</source>
        <translation>DPP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PPN (VAT)</source>
        <translation>PPN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+333"/>
        <source>Walk-in customer (Pelanggan umum)</source>
        <translation>Pelanggan umum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customer chosen yet</source>
        <translation>Pelanggan belum dipilih</translation>
    </message>
</context>
<context>
    <name>SaleItemPicker</name>
    <message>
        <location line="-489"/>
        <source>Choose a product</source>
        <translation>Pilih produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU, name or motif…</source>
        <translation>SKU, nama, atau motif…</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n product(s) shown</source>
        <translation>
            <numerusform>%n produk ditampilkan</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SalePrinting</name>
    <message>
        <location filename="../../rumahbatik/ui/sale_printing.py" line="+43"/>
        <source>Printing</source>
        <translation>Cetak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This version cannot print this document yet. The sale itself is saved.</source>
        <translation>Versi ini belum dapat mencetak dokumen ini. Penjualannya sendiri sudah tersimpan.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Receipt {number}</source>
        <translation>Struk {number}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Invoice {number}</source>
        <translation>Faktur {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quotation {number}</source>
        <translation>Penawaran harga {number}</translation>
    </message>
</context>
<context>
    <name>Sales</name>
    <message>
        <location filename="../../rumahbatik/domain/sales.py" line="+23"/>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Diterbitkan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Unpaid</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly paid</source>
        <translation>Dibayar sebagian</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../rumahbatik/ui/consignment_dialogs.py" line="-698"/>
        <source>Cash</source>
        <extracomment>Payout methods, labelled with the sales words (the same Indonesian translation).</extracomment>
        <translation>Tunai</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../rumahbatik/ui/consignment_dialogs.py" line="+1"/>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Counter</source>
        <extracomment>Methods whose payment is identified by a reference (transfer slip, QRIS transaction id).</extracomment>
        <translation>Kasir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Pesanan</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancellation</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Consignment</source>
        <translation>Titip jual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif royalty</source>
        <translation>Royalti motif</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Not yet due</source>
        <extracomment>Ageing buckets by days past the due date: (key, first day, last day or None).</extracomment>
        <translation>Belum jatuh tempo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1–30 days</source>
        <translation>1–30 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31–60 days</source>
        <translation>31–60 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61–90 days</source>
        <translation>61–90 hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Over 90 days</source>
        <translation>Lebih dari 90 hari</translation>
    </message>
</context>
<context>
    <name>SalesPage</name>
    <message>
        <location filename="../../rumahbatik/ui/sales_page.py" line="+63"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Faktur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;vables</source>
        <translation>P&amp;iutang</translation>
    </message>
</context>
<context>
    <name>ScoreGridWidget</name>
    <message>
        <location filename="../../rumahbatik/ui/score_grid.py" line="+252"/>
        <source>Note…</source>
        <translation>Catatan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Practical photo…</source>
        <translation>Foto praktik…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Type a score from 0 to 100 (e.g. 78,5); cells below 60 are red.</source>
        <translation>Ketik nilai 0 sampai 100 (misalnya 78,5); sel dengan nilai di bawah 60 berwarna merah.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Saving…</source>
        <translation>Menyimpan…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Saved</source>
        <translation>Disimpan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Enter the score first, then its note.</source>
        <translation>Isi nilainya dulu, baru catatannya.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note on this score:</source>
        <translation>Catatan untuk nilai ini:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Practical work photo of %1</source>
        <translation>Foto hasil praktik %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Gambar (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>ScoreModel</name>
    <message>
        <location line="-213"/>
        <source>Practical work photo</source>
        <translation>Foto hasil praktik</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../rumahbatik/config.py" line="+83"/>
        <source>Centre profile</source>
        <translation>Profil sentra</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signatories</source>
        <translation>Penanda tangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numbering and tax</source>
        <translation>Penomoran dan pajak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language and stock</source>
        <translation>Bahasa dan stok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Cadangan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Centre name</source>
        <translation>Nama sentra</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>City</source>
        <translation>Kota</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NPWP</source>
        <translation>NPWP</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>NIB</source>
        <translation>NIB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank account number</source>
        <translation>Nomor rekening bank</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bank account holder</source>
        <translation>Nama pemilik rekening</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Static QRIS image</source>
        <translation>Gambar QRIS statis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice footer text</source>
        <translation>Teks di bagian bawah faktur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate signatory 1: name</source>
        <translation>Penanda tangan sertifikat 1: nama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate signatory 1: title</source>
        <translation>Penanda tangan sertifikat 1: jabatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate signatory 2: name</source>
        <translation>Penanda tangan sertifikat 2: nama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate signatory 2: title</source>
        <translation>Penanda tangan sertifikat 2: jabatan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice signatory: name</source>
        <translation>Penanda tangan faktur: nama</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice signatory: title</source>
        <translation>Penanda tangan faktur: jabatan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice number prefix</source>
        <translation>Awalan nomor faktur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Credit note number prefix</source>
        <translation>Awalan nomor nota kredit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Quotation number prefix</source>
        <translation>Awalan nomor penawaran harga</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate number prefix</source>
        <translation>Awalan nomor sertifikat</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate verification address (before the code)</source>
        <translation>Alamat verifikasi sertifikat (sebelum kode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional, e.g. https://rumahbatik.example.id/verify/ ; the QR code then carries this address followed by the code.</source>
        <translation>Opsional, misalnya https://rumahbatik.example.id/verify/ ; kode QR lalu berisi alamat ini diikuti kode verifikasinya.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Charge VAT (PPN)</source>
        <translation>Kenakan PPN</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for a centre registered as PKP.</source>
        <translation>Hanya untuk sentra yang terdaftar sebagai PKP.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT rate (%)</source>
        <translation>Tarif PPN (%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>VAT base (DPP) as a fraction of the price</source>
        <translation>Dasar pengenaan pajak (DPP) sebagai pecahan dari harga</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Consignment commission (%)</source>
        <translation>Komisi titip jual (%)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Receipt paper width</source>
        <translation>Lebar kertas struk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The roll width of the counter&apos;s thermal printer.</source>
        <translation>Lebar gulungan kertas printer thermal di kasir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Days to pay an invoice on credit</source>
        <translation>Tempo pembayaran faktur kredit (hari)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The due date of an order not paid at once; receivables age from it.</source>
        <translation>Menentukan jatuh tempo pesanan yang tidak langsung dibayar lunas; umur piutang dihitung dari tanggal itu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Takes effect the next time the program starts.</source>
        <translation>Berlaku mulai program dibuka berikutnya.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Default low-stock level</source>
        <translation>Batas stok menipis (bawaan)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Allow stock to go below zero</source>
        <translation>Izinkan stok di bawah nol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up automatically every day</source>
        <translation>Cadangkan otomatis setiap hari</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Automatic backups to keep</source>
        <translation>Jumlah cadangan otomatis yang disimpan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Backup folder (empty: the data folder)</source>
        <translation>Folder cadangan (kosong: folder data)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo and image folder (empty: the data folder)</source>
        <translation>Folder foto dan gambar (kosong: folder data)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When several PCs share one database, use a shared folder here.</source>
        <translation>Jika beberapa PC memakai satu basis data bersama, isi dengan folder bersama.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Demo database</source>
        <translation>Basis data demo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate verification key</source>
        <translation>Kunci verifikasi sertifikat</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <location filename="../../rumahbatik/ui/settings_form.py" line="+37"/>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The new language is used from the next start.</source>
        <translation>Bahasa baru dipakai mulai program dibuka berikutnya.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../rumahbatik/ui/settings_page.py" line="+38"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
</context>
<context>
    <name>SettlementDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/consignment_dialogs.py" line="+416"/>
        <source>Settle consignment</source>
        <translation>Penyelesaian titip jual</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice</source>
        <translation>Faktur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qty</source>
        <translation>Jml</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Asking price / sales</source>
        <translation>Harga jual pengrajin / penjualan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Commission</source>
        <translation>Komisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed</source>
        <translation>Bagian pengrajin</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Give back</source>
        <translation>Kembalikan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Piece</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At the shop</source>
        <translation>Di toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking price</source>
        <translation>Harga jual pengrajin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Pay now</source>
        <translation>&amp;Bayar sekarang</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Settle and print slip</source>
        <translation>&amp;Selesaikan dan cetak slip</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Artisan</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payout</source>
        <translation>Pembayaran ke pengrajin</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+128"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sold and royalties not yet settled (up to the end of the period)</source>
        <translation>Penjualan dan royalti yang belum diselesaikan (sampai akhir periode)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unsold pieces at the shop (tick those going back)</source>
        <translation>Barang yang belum terjual di toko (centang yang dikembalikan)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Sold (asking prices): {v}</source>
        <translation>Terjual (harga jual pengrajin): {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commission: {v}</source>
        <translation>Komisi: {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net: {v}</source>
        <translation>Bersih: {v}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Royalties: {v}</source>
        <translation>Royalti: {v}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total owed: {v}</source>
        <translation>Total harus dibayar: {v}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose the artisan and the period.</source>
        <translation>Pilih pengrajin dan periodenya.</translation>
    </message>
</context>
<context>
    <name>StageEditor</name>
    <message>
        <location filename="../../rumahbatik/ui/batch_widgets.py" line="+127"/>
        <source>Stage</source>
        <translation>Tahap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate / piece</source>
        <translation>Upah / potong</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Started</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+35"/>
        <source>Finished</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Artisans (pieces)</source>
        <translation>Pengrajin (potong)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+2"/>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Artisan</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <source>Pieces</source>
        <translation>Jumlah potong</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>&amp;Add artisan</source>
        <translation>&amp;Tambah pengrajin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>No stages</source>
        <translation>Tidak ada tahap</translation>
    </message>
</context>
<context>
    <name>Stock</name>
    <message>
        <location filename="../../rumahbatik/domain/stock.py" line="+17"/>
        <source>Material</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>metre</source>
        <translation>meter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sheet</source>
        <translation>lembar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gram</source>
        <translation>gram</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>litre</source>
        <translation>liter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pcs</source>
        <translation>pcs</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Workshop store</source>
        <extracomment>Units whose quantities are whole (a half canting is not stock).</extracomment>
        <translation>Gudang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shop / gallery</source>
        <translation>Toko / galeri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With artisan</source>
        <translation>Di pengrajin</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Receipt</source>
        <translation>Penerimaan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue to production</source>
        <translation>Keluar ke produksi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer out</source>
        <translation>Mutasi keluar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer in</source>
        <translation>Mutasi masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+50"/>
        <source>Production output</source>
        <translation>Hasil produksi</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Sale</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+50"/>
        <source>Return</source>
        <translation>Retur</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Count adjustment</source>
        <translation>Penyesuaian opname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consignment in</source>
        <translation>Titipan masuk</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>Consignment returned</source>
        <translation>Titipan dikembalikan</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Goods receipt</source>
        <extracomment>Kinds that bring stock in with a cost of their own (they move the average). Number prefixes per document kind: Penerimaan Barang, Mutasi, Serah ke pengrajin, ...</extracomment>
        <translation>Penerimaan barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transfer</source>
        <translation>Mutasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand-out to artisan</source>
        <translation>Serah ke pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from artisan</source>
        <translation>Terima dari pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock count</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials to production</source>
        <translation>Bahan ke produksi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Consignment intake</source>
        <translation>Penerimaan titipan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Counting</source>
        <translation>Sedang dihitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Diposting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/domain/stock_fields.py" line="+10"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purchase unit</source>
        <translation>Satuan beli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stock units per purchase unit</source>
        <translation>Isi satuan stok per satuan beli</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variant of</source>
        <translation>Varian dari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Ukuran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colour</source>
        <translation>Warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sale price</source>
        <translation>Harga jual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reorder level</source>
        <translation>Stok minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo</source>
        <translation>Foto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Catatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantity</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit cost</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier</source>
        <translation>Pemasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplier&apos;s note number</source>
        <translation>Nomor nota pemasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Jumlah hitung</translation>
    </message>
</context>
<context>
    <name>StockCountsDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/stock_count_dialog.py" line="+543"/>
        <source>Stock counts (stok opname)</source>
        <translation>Stok opname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All counts</source>
        <translation>Semua opname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New count…</source>
        <translation>Opname baru…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open</source>
        <translation>Buka</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number</source>
        <translation>Nomor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started by</source>
        <translation>Dimulai oleh</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No stock counts yet. Start one with New count…</source>
        <translation>Belum ada stok opname. Mulai dengan Opname baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show</source>
        <translation>Tampilkan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>◀ All counts</source>
        <translation>◀ Semua opname</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
</context>
<context>
    <name>StockLinesEditor</name>
    <message>
        <location filename="../../rumahbatik/ui/stock_lines.py" line="+25"/>
        <source>Scan a barcode or type a SKU or name, then Enter</source>
        <translation>Pindai barcode atau ketik SKU atau nama, lalu tekan Enter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add item…</source>
        <translation>Tambah barang…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On hand</source>
        <translation>Stok ada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In purchase unit</source>
        <translation>Dalam satuan beli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line total</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Remove this line</source>
        <translation>Hapus baris ini</translation>
    </message>
</context>
<context>
    <name>StockPage</name>
    <message>
        <location filename="../../rumahbatik/ui/stock_page.py" line="+87"/>
        <source>Search SKU, name, motif or scan a barcode…</source>
        <extracomment>A soft red that keeps black text readable, for items at or below their reorder level.</extracomment>
        <translation>Cari SKU, nama, motif, atau pindai barcode…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All items</source>
        <translation>Semua barang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Materials</source>
        <translation>Bahan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Low stock only</source>
        <translation>Hanya stok menipis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inactive too</source>
        <translation>Termasuk nonaktif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New item…</source>
        <translation>Barang ba&amp;ru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Receive stock…</source>
        <translation>&amp;Terima barang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Transfer…</source>
        <translation>&amp;Mutasi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Hand out to artisan…</source>
        <translation>&amp;Serahkan ke pengrajin…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back from artisan…</source>
        <translation>Terima &amp;dari pengrajin…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stock &amp;count…</source>
        <translation>Stok &amp;opname…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Labels…</source>
        <translation>&amp;Label…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+66"/>
        <location line="+167"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>Document</source>
        <translation>Dokumen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Lokasi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In</source>
        <translation>Masuk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Out</source>
        <translation>Keluar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit cost</source>
        <translation>Harga satuan</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+73"/>
        <location line="+184"/>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="-256"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Load older moves</source>
        <translation>Muat transaksi lebih lama</translation>
    </message>
    <message>
        <location line="+48"/>
        <location line="+167"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+167"/>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <location line="-166"/>
        <location line="+167"/>
        <source>Unit</source>
        <translation>Satuan</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>Gudang</source>
        <translation>Gudang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Toko</source>
        <translation>Toko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With artisans</source>
        <translation>Di pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+197"/>
        <source>On hand</source>
        <translation>Jumlah stok</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Avg. cost</source>
        <translation>HPP rata-rata</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+186"/>
        <source>Reorder at</source>
        <translation>Stok minimum</translation>
    </message>
    <message>
        <location line="-185"/>
        <location line="+178"/>
        <source>Sale price</source>
        <translation>Harga jual</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>All locations</source>
        <extracomment>Header column → the service&apos;s sort key.</extracomment>
        <translation>Semua lokasi</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n barang</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n low</source>
        <translation>
            <numerusform>%n menipis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Select an item to see where it is and its history of moves.</source>
        <translation>Pilih barang untuk melihat lokasinya dan riwayat transaksinya.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History of moves (newest first)</source>
        <translation>Riwayat transaksi (terbaru di atas)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Barcode</source>
        <translation>Barcode</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Bought by</source>
        <translation>Dibeli per</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technique</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size / colour</source>
        <translation>Ukuran / warna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Made by</source>
        <translation>Dibuat oleh</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Average cost</source>
        <translation>Harga pokok rata-rata</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>none</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At or below the reorder level: time to buy or make more.</source>
        <translation>Sudah mencapai stok minimum atau di bawahnya: saatnya membeli atau membuat lagi.</translation>
    </message>
</context>
<context>
    <name>SupplierDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/supplier_dialog.py" line="+34"/>
        <source>Add supplier</source>
        <translation>Tambah pemasok</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit supplier</source>
        <translation>Ubah pemasok</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>e.g. kain mori primissima, malam tembok</source>
        <translation>misalnya kain mori primissima, malam tembok</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
</context>
<context>
    <name>SuppliersTab</name>
    <message>
        <location filename="../../rumahbatik/ui/people_page.py" line="+44"/>
        <source>Search name, contact or what they supply…</source>
        <translation>Cari nama, narahubung, atau barang yang dipasok…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add…</source>
        <translation>&amp;Tambah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>&amp;Ekspor…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Narahubung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supplies</source>
        <translation>Barang yang dipasok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>inactive</source>
        <translation>nonaktif</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Delete</source>
        <translation>Hapus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete {name} for good? This cannot be undone.</source>
        <translation>Hapus {name} untuk selamanya? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <location filename="../../rumahbatik/domain/grading.py" line="+35"/>
        <source>passed: attendance {attendance}% (required {required}%), every unit scored, final score {final} (pass mark {pass_mark})</source>
        <extracomment>Marks that count as an attended day.</extracomment>
        <translation>lulus: kehadiran {attendance}% (wajib {required}%), semua unit sudah dinilai, nilai akhir {final} (batas lulus {pass_mark})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>attendance {attendance}% is below the required {required}% (present and late count as attended; excused and absent do not)</source>
        <translation>kehadiran {attendance}% di bawah batas wajib {required}% (hadir dan terlambat dihitung masuk; izin dan alpa tidak)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>score missing for {competency}</source>
        <translation>nilai {competency} belum diisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>final score {final} is below the pass mark {pass_mark}</source>
        <translation>nilai akhir {final} di bawah batas lulus {pass_mark}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not decided yet: the result is computed when the cohort is closed</source>
        <translation>belum ditentukan: hasil dihitung saat angkatan ditutup</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>at risk: even with full attendance on the remaining days, attendance cannot reach {required}%</source>
        <translation>berisiko: meskipun hadir penuh pada hari-hari yang tersisa, kehadiran tidak dapat mencapai {required}%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>at risk: the score so far ({current}) is below the pass mark {pass_mark}</source>
        <translation>berisiko: nilai sejauh ini ({current}) di bawah batas lulus {pass_mark}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>result set by {user} instead of the rules ({rule_result}): {reason}</source>
        <translation>hasil ditetapkan oleh {user}, bukan menurut aturan ({rule_result}): {reason}</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/domain/training.py" line="+17"/>
        <source>planned</source>
        <translation>direncanakan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>berjalan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>selesai</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>present</source>
        <translation>hadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>late</source>
        <translation>terlambat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>excused</source>
        <translation>izin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>absent</source>
        <translation>alpa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>passed</source>
        <translation>lulus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>did not pass</source>
        <translation>tidak lulus</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/certificates.py" line="+67"/>
        <source>did not pass: no certificate</source>
        <translation>tidak lulus: tidak mendapat sertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passed: no participation letter</source>
        <translation>lulus: tidak mendapat surat keterangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no result yet</source>
        <translation>belum ada hasil</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/training_cohorts.py" line="+50"/>
        <source>Cohort code</source>
        <translation>Kode angkatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Kapasitas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start date</source>
        <translation>Tanggal mulai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End date</source>
        <translation>Tanggal selesai</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Venue</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Funding source</source>
        <translation>Sumber dana</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../rumahbatik/services/training_courses.py" line="+23"/>
        <source>Course code</source>
        <translation>Kode pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Course name</source>
        <translation>Nama pelatihan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number of days</source>
        <translation>Jumlah hari</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass mark</source>
        <translation>Batas lulus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance required (%)</source>
        <translation>Kehadiran wajib (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Competency unit</source>
        <translation>Unit kompetensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight</source>
        <translation>Bobot</translation>
    </message>
</context>
<context>
    <name>TrainingPage</name>
    <message>
        <location filename="../../rumahbatik/ui/training_page.py" line="+102"/>
        <source>All cohorts</source>
        <translation>Semua angkatan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Verify a certificate…</source>
        <translation>Verifikasi sertifikat…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New cohort…</source>
        <translation>Angkatan baru…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit cohort…</source>
        <translation>Ubah angkatan…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Courses…</source>
        <translation>Kelola pelatihan…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Trainees</source>
        <translation>Peserta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance</source>
        <translation>Presensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scores</source>
        <translation>Nilai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Perkembangan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Graduation</source>
        <translation>Kelulusan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+173"/>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <location line="-172"/>
        <source>L/P</source>
        <translation>L/P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Enrol a person…</source>
        <translation>Daftarkan seseorang…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enrol a new person…</source>
        <translation>Daftarkan orang baru…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+287"/>
        <source>Withdraw</source>
        <translation>Keluarkan</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Close the cohort and compute results</source>
        <translation>Tutup angkatan dan hitung hasilnya</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Override a result…</source>
        <translation>Ubah hasil secara manual…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the graduates artisans</source>
        <translation>Jadikan lulusan sebagai pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue and print certificates…</source>
        <translation>Terbitkan dan cetak sertifikat…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation letters…</source>
        <translation>Surat keterangan…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates, one file each…</source>
        <translation>Sertifikat, satu file per peserta…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cohort report (PDF)…</source>
        <translation>Laporan angkatan (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cohort report (Excel)…</source>
        <translation>Laporan angkatan (Excel)…</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>No cohorts yet.</source>
        <translation>Belum ada angkatan.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Instructors</source>
        <translation>Instruktur</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>enrolled</source>
        <translation>terdaftar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting list #%1</source>
        <translation>daftar tunggu #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>withdrawn</source>
        <translation>keluar</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 enrolled, %2 waiting</source>
        <translation>%1 terdaftar, %2 menunggu</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Attendance %</source>
        <translation>Kehadiran %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final</source>
        <translation>Nilai akhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Hasil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Aturan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cohort average</source>
        <translation>Rata-rata angkatan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 passed, %2 did not, %3 open</source>
        <translation>%1 lulus, %2 tidak lulus, %3 belum ditentukan</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>At risk of not passing</source>
        <translation>Berisiko tidak lulus</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>New trainee</source>
        <translation>Peserta baru</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full name of the new person:</source>
        <translation>Nama lengkap peserta baru:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Reason:</source>
        <translation>Alasan:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Closed: %1 passed, %2 did not pass.</source>
        <translation>Ditutup: %1 lulus, %2 tidak lulus.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Choose a trainee on the Progress tab first.</source>
        <translation>Pilih peserta di tab Perkembangan terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+5"/>
        <source>Override result</source>
        <translation>Ubah hasil</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>New result:</source>
        <translation>Hasil baru:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reason (kept in the audit log):</source>
        <translation>Alasan (disimpan di log audit):</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n graduate(s) are now artisans of the centre.</source>
        <translation>
            <numerusform>%n lulusan kini menjadi pengrajin sentra.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Drawing the documents…</source>
        <translation>Membuat dokumen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Participation letters %1</source>
        <translation>Surat keterangan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Certificates %1</source>
        <translation>Sertifikat %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder for the certificates</source>
        <translation>Folder untuk sertifikat</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Drawing the certificates…</source>
        <translation>Membuat sertifikat…</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n file(s) written.</source>
        <translation>
            <numerusform>%n file disimpan.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Saved: %1</source>
        <translation>Disimpan: %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Save the cohort report</source>
        <translation>Simpan laporan angkatan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Writing the report…</source>
        <translation>Menyimpan laporan…</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/transfer_dialog.py" line="+57"/>
        <source>Transfer stock</source>
        <translation>Mutasi stok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hand out to artisan</source>
        <translation>Serahkan ke pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back from artisan</source>
        <translation>Terima dari pengrajin</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+14"/>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+18"/>
        <source>To</source>
        <translation>Ke</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>(none chosen)</source>
        <translation>(belum dipilih)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose artisan…</source>
        <translation>Pilih pengrajin…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>To artisan</source>
        <translation>Ke pengrajin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From artisan</source>
        <translation>Dari pengrajin</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Choose artisan</source>
        <translation>Pilih pengrajin</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Choose the artisan first.</source>
        <translation>Pilih pengrajin terlebih dahulu.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>{number} was saved.</source>
        <translation>{number} disimpan.</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/users_page.py" line="-88"/>
        <source>Add user</source>
        <translation>Tambah pengguna</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit user</source>
        <translation>Ubah pengguna</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>May log in</source>
        <translation>Boleh masuk</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;User name</source>
        <translation>&amp;Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name</source>
        <translation>Nama &amp;lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password &amp;again</source>
        <translation>&amp;Ulangi kata sandi</translation>
    </message>
</context>
<context>
    <name>UsersPage</name>
    <message>
        <location line="+91"/>
        <source>&amp;Add user…</source>
        <translation>&amp;Tambah pengguna…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Ubah…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set &amp;password…</source>
        <translation>Atur &amp;kata sandi…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>User name</source>
        <translation>Nama pengguna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Nama lengkap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last login</source>
        <translation>Terakhir masuk</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>active</source>
        <translation>aktif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>switched off</source>
        <translation>nonaktif</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/verify_page.py" line="+101"/>
        <source>Verify a certificate</source>
        <translation>Verifikasi sertifikat</translation>
    </message>
</context>
<context>
    <name>VerifyPage</name>
    <message>
        <location line="-67"/>
        <source>Type or scan the verification code</source>
        <translation>Ketik atau pindai kode verifikasi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check</source>
        <translation>Periksa</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>GENUINE</source>
        <translation>ASLI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>REVOKED</source>
        <translation>DICABUT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UNKNOWN CODE</source>
        <translation>KODE TIDAK DIKENAL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No certificate of this centre has this code.</source>
        <translation>Tidak ada sertifikat sentra ini dengan kode tersebut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number: %1</source>
        <translation>Nomor: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued: %1</source>
        <translation>Diterbitkan: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason: %1</source>
        <translation>Alasan: %1</translation>
    </message>
</context>
<context>
    <name>VersionDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/motifs_page.py" line="-368"/>
        <source>{name}, version {version} (read-only)</source>
        <translation>{name}, versi {version} (hanya baca)</translation>
    </message>
</context>
<context>
    <name>WageDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/wage_dialog.py" line="+47"/>
        <source>Artisans&apos; wages</source>
        <translation>Upah pengrajin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Show wage statement…</source>
        <translation>&amp;Tampilkan slip upah…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Record &amp;payment</source>
        <translation>Catat &amp;pembayaran</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Artisan</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owed now</source>
        <translation>Belum dibayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pay wages</source>
        <translation>Bayar upah</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid on</source>
        <translation>Tanggal bayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+35"/>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Paid by</source>
        <translation>Cara bayar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Recorded: {amount} paid to {name} on {date}.</source>
        <translation>Tercatat: {amount} dibayarkan kepada {name} pada {date}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Wage statement: {name}</source>
        <translation>Slip upah: {name}</translation>
    </message>
</context>
</TS>
