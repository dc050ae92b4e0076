package vn.sotay.library.web;

import java.util.List;
import org.springframework.web.multipart.MultipartFile;
import vn.sotay.library.FileUpload;

/** Multipart files as library uploads; the empty part a browser sends when no file was chosen is left out. */
final class Uploads {

    private Uploads() {
    }

    static List<FileUpload> of(List<MultipartFile> files) {
        if (files == null) {
            return List.of();
        }
        return files.stream()
                .filter(f -> !(f.isEmpty() && (f.getOriginalFilename() == null || f.getOriginalFilename().isEmpty())))
                .map(f -> new FileUpload(f.getOriginalFilename(), f)).toList();
    }
}
