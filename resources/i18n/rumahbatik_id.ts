<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
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
        <location filename="../../rumahbatik/ui/password_dialog.py" line="+26"/>
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
        <location line="+24"/>
        <source>Your password was changed.</source>
        <translation>Kata sandi Anda sudah diganti.</translation>
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
        <location filename="../../rumahbatik/ui/errors.py" line="+58"/>
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
        <location line="+38"/>
        <source>Users</source>
        <translation>Pengguna</translation>
    </message>
    <message>
        <location line="-33"/>
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
        <location line="+8"/>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/login_dialog.py" line="+120"/>
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
        <location line="+10"/>
        <source>Create account</source>
        <translation>Buat akun</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../../rumahbatik/ui/settings_form.py" line="+49"/>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/login_dialog.py" line="-97"/>
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
        <location line="+11"/>
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
        <location filename="../../rumahbatik/ui/main_window.py" line="+253"/>
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
        <source>&amp;About Rumah Batik</source>
        <translation>&amp;Tentang Rumah Batik</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>User: {name} ({role})</source>
        <translation>Pengguna: {name} ({role})</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Database: {name}</source>
        <translation>Basis data: {name}</translation>
    </message>
    <message>
        <location line="+10"/>
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
</context>
<context>
    <name>Navigation</name>
    <message>
        <location filename="../../rumahbatik/ui/main_window.py" line="-231"/>
        <source>Dashboard</source>
        <translation>Dasbor</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Artisans</source>
        <translation>Pengrajin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>artisans (pengrajin), customers and suppliers</source>
        <translation>pengrajin, pelanggan, dan pemasok</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search by name, NIK or phone; filters by district, technique and status</source>
        <translation>pencarian menurut nama, NIK, atau nomor telepon; filter menurut kecamatan, teknik, dan status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>import from Excel or CSV and export the list</source>
        <translation>impor dari Excel atau CSV dan ekspor daftar</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Training</source>
        <translation>Pelatihan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>courses and cohorts (angkatan) with their trainees</source>
        <translation>pelatihan dan angkatan beserta pesertanya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>attendance and competency scores</source>
        <translation>kehadiran dan nilai unit kompetensi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graduation and certificates with QR verification</source>
        <translation>kelulusan dan sertifikat dengan verifikasi QR</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Motifs</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the motif catalogue with images, philosophy and designers</source>
        <translation>katalog motif beserta gambar, filosofi, dan perancangnya</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a printable lookbook</source>
        <translation>lookbook siap cetak</translation>
    </message>
    <message>
        <location line="+6"/>
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
        <location filename="../../rumahbatik/ui/users_page.py" line="+125"/>
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
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../../rumahbatik/domain/roles.py" line="+47"/>
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
    <name>Roles</name>
    <message>
        <location line="-46"/>
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
        <location line="+4"/>
        <source>Demo database</source>
        <translation>Basis data demo</translation>
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
        <location line="+68"/>
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
    <name>UserDialog</name>
    <message>
        <location filename="../../rumahbatik/ui/users_page.py" line="-93"/>
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
        <location line="+101"/>
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
</TS>
