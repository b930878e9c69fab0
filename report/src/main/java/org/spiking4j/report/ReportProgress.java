package org.spiking4j.report;

/** Told how far the report has got, one task at a time (simulating the test set, t-SNE, drawing). */
public interface ReportProgress {
    ReportProgress NONE = new ReportProgress() {
        @Override
        public void start(String task, int total) {
        }

        @Override
        public void advance(int done) {
        }

        @Override
        public void finish() {
        }
    };

    void start(String task, int total);

    /** @param done steps of the current task done so far */
    void advance(int done);

    void finish();
}
