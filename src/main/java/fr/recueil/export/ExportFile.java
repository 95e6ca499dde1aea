package fr.recueil.export;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The exported document's bytes, as they were downloaded the first time. */
@Entity
@Table(name = "report_export_file")
class ExportFile {

    @Id
    private Long exportId;
    private byte[] data;

    protected ExportFile() {
    }

    ExportFile(long exportId, byte[] data) {
        this.exportId = exportId;
        this.data = data;
    }

    byte[] getData() {
        return data;
    }
}
