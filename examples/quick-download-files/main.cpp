// Downloading multiple files at a time (Goroutines (quick notes), 2024): the
// "download" is the article's own two-second sleep, so the virtual clock runs
// it instantly.
#include "example.hpp"

#include <functional>

namespace {

using namespace goro;

#line 9 "main.go"
void downloadFile(int fileID, WaitGroup* wg) {
	Defer done{[wg] { wg->done(); }};
	goro::printf("Downloading file %d...\n", fileID);
	sleep(2 * Second); // simulating file download
	goro::printf("File %d downloaded.\n", fileID);
}

void main_() {
	WaitGroup wg;

	for (int i = 1; i <= 3; i++) {
		wg.add(1);
		go(Label{"main.downloadFile"}, downloadFile, i, &wg);
	}

	wg.wait(); // wait for all downloads to complete
	println("All files downloaded.");
}

}  // namespace

GORO_EXAMPLE(main_);
