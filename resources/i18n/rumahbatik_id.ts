<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <location line="+82"/>
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
        <location filename="../../rumahbatik/cli.py" line="+260"/>
        <source>GENUINE</source>
        <extracomment>The language of the messages: the database&apos;s setting once it is open, Indonesian before.</extracomment>
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
    <name>DashboardPage</name>
    <message>
        <location filename="../../rumahbatik/ui/dashboard_page.py" line="+53"/>
        <source>Welcome, {name}</source>
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
        <location line="+4"/>
        <source>Last backup</source>
        <translation>Cadangan terakhir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Database</source>
        <translation>Basis data</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales, stock, production and training figures will appear here as those parts of the program are built.</source>
        <translation>Angka penjualan, stok, produksi, dan pelatihan akan tampil di sini setelah bagian program tersebut selesai dibuat.</translation>
    </message>
</context>
<context>
    <name>EmptyPage</name>
    <message>
        <location filename="../../rumahbatik/ui/empty_page.py" line="+18"/>
        <source>This part of Rumah Batik is not built yet. Nothing here is stored or shown until it is. It will hold:</source>
        <translation>Bagian Rumah Batik ini belum dibuat. Belum ada yang disimpan atau ditampilkan di sini sampai bagian ini selesai. Nantinya bagian ini berisi:</translation>
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
        <location line="+4"/>
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
        <source>{name} cannot be deleted: the records keep their history ({designed} motif(s) designed, {co_designed} co-designed, {trainings} training(s)). Set them inactive instead.</source>
        <translation>{name} tidak dapat dihapus karena riwayatnya tersimpan di data lain ({designed} motif dirancang, {co_designed} dirancang bersama, {trainings} pelatihan). Jadikan nonaktif saja.</translation>
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
        <location line="+3"/>
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
        <location line="+3"/>
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
</context>
<context>
    <name>Exports</name>
    <message>
        <location filename="../../rumahbatik/services/exports.py" line="+30"/>
        <source>User name</source>
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
        <location line="+62"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="-57"/>
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
        <location line="+1"/>
        <source>Changes</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+35"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <location line="-3"/>
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
        <location line="+1"/>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../rumahbatik/ui/main_window.py" line="+241"/>
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
        <location filename="../../rumahbatik/ui/main_window.py" line="-210"/>
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
        <location line="+4"/>
        <location line="+3"/>
        <source>Stock</source>
        <translation>Stok</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>materials and finished goods with stock per location</source>
        <translation>bahan baku dan barang jadi beserta stok per lokasi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipts, transfers and stock counts (stok opname)</source>
        <translation>penerimaan barang, pemindahan stok, dan stok opname</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>Production</source>
        <translation>Produksi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>production batches, stages and piece-rate wages</source>
        <translation>batch produksi, tahapan, dan upah borongan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hang tags and price labels</source>
        <translation>label gantung (hang tag) dan label harga</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Sales</source>
        <translation>Penjualan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counter sales, invoices, receipts and payments</source>
        <translation>penjualan di kasir, faktur, kuitansi, dan pembayaran</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>consignment (titip jual) and settlements</source>
        <translation>titip jual (konsinyasi) dan pembayaran hasilnya</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Reports</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly sales, stock, production, artisan and training reports as PDF and Excel</source>
        <translation>laporan bulanan penjualan, stok, produksi, pengrajin, dan pelatihan dalam bentuk PDF dan Excel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Settings</source>
        <translation>Pengaturan</translation>
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
        <location filename="../../rumahbatik/ui/people_page.py" line="+74"/>
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
        <location filename="../../rumahbatik/ui/people_page.py" line="+563"/>
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
        <location filename="../../rumahbatik/ui/people_page.py" line="-533"/>
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
        <source>Techniques</source>
        <translation>Teknik</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+14"/>
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
        <source>none yet</source>
        <translation>belum ada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Production, consignment and earnings will show here once those parts of Rumah Batik are built.</source>
        <translation>Produksi, titip jual, dan pendapatan akan tampil di sini setelah bagian Rumah Batik tersebut selesai dibuat.</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+10"/>
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
        <location filename="../../rumahbatik/services/certificates.py" line="+68"/>
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
</TS>
