# Set-up on a fresh machine needs only python3 and pip: every target below builds .venv first.
PY     ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
export PREFECT_HOME := $(CURDIR)/.prefect
export PREFECT_SERVER_ANALYTICS_ENABLED := false
# the temporary server Prefect starts for a run may take longer than its 20 s default on a loaded machine
export PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS := 90
export DO_NOT_TRACK := 1

.PHONY: install demo test eval eval-test bench clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	# --compile: these machines set PYTHONDONTWRITEBYTECODE, so compile once at install time
	$(BIN)/python -m pip install -q --compile -e '.[test]'
	$(BIN)/python -m compileall -q models extractors flows
	touch $(STAMP)

demo: install
	$(BIN)/minerwire demo

test: install
	$(BIN)/python -m pytest -q

eval: install
	$(BIN)/minerwire eval fixtures/gold/dev.jsonl fixtures/gold/web.jsonl fixtures/gold/dev2.jsonl fixtures/gold/dev3.jsonl fixtures/gold/dev4.jsonl fixtures/gold/dev5.jsonl fixtures/gold/dev6.jsonl fixtures/gold/dev7.jsonl fixtures/gold/dev8.jsonl fixtures/gold/dev9.jsonl fixtures/gold/dev10.jsonl fixtures/gold/dev11.jsonl fixtures/gold/dev12.jsonl fixtures/gold/dev13.jsonl fixtures/gold/dev14.jsonl fixtures/gold/dev15.jsonl fixtures/gold/dev16.jsonl fixtures/gold/dev17.jsonl fixtures/gold/dev18.jsonl fixtures/gold/dev19.jsonl fixtures/gold/dev20.jsonl fixtures/gold/dev21.jsonl fixtures/gold/dev22.jsonl fixtures/gold/dev23.jsonl fixtures/gold/dev24.jsonl fixtures/gold/dev25.jsonl fixtures/gold/dev26.jsonl fixtures/gold/dev27.jsonl fixtures/gold/dev28.jsonl fixtures/gold/dev29.jsonl fixtures/gold/dev30.jsonl fixtures/gold/dev31.jsonl fixtures/gold/dev32.jsonl fixtures/gold/dev33.jsonl fixtures/gold/dev34.jsonl fixtures/gold/dev35.jsonl fixtures/gold/dev36.jsonl fixtures/gold/dev37.jsonl fixtures/gold/dev38.jsonl fixtures/gold/dev39.jsonl fixtures/gold/dev40.jsonl fixtures/gold/dev41.jsonl fixtures/gold/dev42.jsonl fixtures/gold/dev43.jsonl fixtures/gold/dev44.jsonl fixtures/gold/dev45.jsonl fixtures/gold/dev46.jsonl fixtures/gold/dev47.jsonl fixtures/gold/dev48.jsonl fixtures/gold/dev49.jsonl fixtures/gold/dev50.jsonl fixtures/gold/dev51.jsonl fixtures/gold/dev52.jsonl fixtures/gold/dev53.jsonl fixtures/gold/dev54.jsonl fixtures/gold/dev55.jsonl fixtures/gold/dev56.jsonl fixtures/gold/dev57.jsonl fixtures/gold/dev58.jsonl fixtures/gold/dev59.jsonl fixtures/gold/dev60.jsonl fixtures/gold/dev61.jsonl fixtures/gold/dev62.jsonl fixtures/gold/dev63.jsonl fixtures/gold/dev64.jsonl fixtures/gold/dev65.jsonl fixtures/gold/dev66.jsonl fixtures/gold/dev67.jsonl fixtures/gold/dev68.jsonl fixtures/gold/dev69.jsonl fixtures/gold/dev70.jsonl fixtures/gold/dev71.jsonl fixtures/gold/dev72.jsonl fixtures/gold/dev73.jsonl fixtures/gold/dev74.jsonl fixtures/gold/dev75.jsonl fixtures/gold/dev76.jsonl fixtures/gold/dev77.jsonl fixtures/gold/dev78.jsonl fixtures/gold/dev79.jsonl fixtures/gold/dev80.jsonl fixtures/gold/dev81.jsonl fixtures/gold/dev82.jsonl fixtures/gold/dev83.jsonl fixtures/gold/dev84.jsonl fixtures/gold/dev85.jsonl fixtures/gold/dev86.jsonl fixtures/gold/dev87.jsonl fixtures/gold/dev88.jsonl fixtures/gold/dev89.jsonl fixtures/gold/dev90.jsonl fixtures/gold/dev91.jsonl fixtures/gold/dev92.jsonl fixtures/gold/dev93.jsonl fixtures/gold/dev94.jsonl fixtures/gold/dev95.jsonl fixtures/gold/dev96.jsonl fixtures/gold/dev97.jsonl fixtures/gold/dev98.jsonl fixtures/gold/dev99.jsonl fixtures/gold/dev100.jsonl fixtures/gold/dev101.jsonl fixtures/gold/dev102.jsonl fixtures/gold/dev103.jsonl fixtures/gold/dev104.jsonl fixtures/gold/dev105.jsonl fixtures/gold/dev106.jsonl fixtures/gold/dev107.jsonl fixtures/gold/dev108.jsonl fixtures/gold/dev109.jsonl fixtures/gold/dev110.jsonl fixtures/gold/dev111.jsonl fixtures/gold/dev112.jsonl fixtures/gold/dev113.jsonl fixtures/gold/dev114.jsonl fixtures/gold/dev115.jsonl fixtures/gold/dev116.jsonl fixtures/gold/dev117.jsonl fixtures/gold/dev118.jsonl fixtures/gold/dev119.jsonl fixtures/gold/dev120.jsonl fixtures/gold/dev121.jsonl fixtures/gold/dev122.jsonl fixtures/gold/dev123.jsonl fixtures/gold/dev124.jsonl fixtures/gold/dev125.jsonl fixtures/gold/dev126.jsonl fixtures/gold/dev127.jsonl fixtures/gold/dev128.jsonl fixtures/gold/dev129.jsonl fixtures/gold/dev130.jsonl fixtures/gold/dev131.jsonl fixtures/gold/dev132.jsonl fixtures/gold/dev133.jsonl fixtures/gold/dev134.jsonl fixtures/gold/dev135.jsonl fixtures/gold/dev136.jsonl fixtures/gold/dev137.jsonl fixtures/gold/dev138.jsonl fixtures/gold/dev139.jsonl fixtures/gold/dev140.jsonl fixtures/gold/dev141.jsonl fixtures/gold/dev142.jsonl fixtures/gold/dev143.jsonl fixtures/gold/dev144.jsonl fixtures/gold/dev145.jsonl fixtures/gold/dev146.jsonl fixtures/gold/dev147.jsonl fixtures/gold/dev148.jsonl fixtures/gold/dev149.jsonl fixtures/gold/dev150.jsonl fixtures/gold/dev151.jsonl fixtures/gold/dev152.jsonl fixtures/gold/dev153.jsonl fixtures/gold/dev154.jsonl fixtures/gold/dev155.jsonl fixtures/gold/dev156.jsonl fixtures/gold/dev157.jsonl fixtures/gold/dev158.jsonl fixtures/gold/dev159.jsonl fixtures/gold/dev160.jsonl fixtures/gold/dev161.jsonl fixtures/gold/dev162.jsonl fixtures/gold/dev163.jsonl fixtures/gold/dev164.jsonl fixtures/gold/dev165.jsonl fixtures/gold/dev166.jsonl fixtures/gold/dev167.jsonl fixtures/gold/dev168.jsonl fixtures/gold/dev169.jsonl fixtures/gold/dev170.jsonl fixtures/gold/dev171.jsonl fixtures/gold/dev172.jsonl fixtures/gold/dev173.jsonl fixtures/gold/dev174.jsonl fixtures/gold/dev175.jsonl fixtures/gold/dev176.jsonl fixtures/gold/dev177.jsonl fixtures/gold/dev178.jsonl fixtures/gold/dev179.jsonl fixtures/gold/dev180.jsonl fixtures/gold/dev181.jsonl fixtures/gold/dev182.jsonl fixtures/gold/dev183.jsonl fixtures/gold/dev184.jsonl fixtures/gold/dev185.jsonl fixtures/gold/dev186.jsonl fixtures/gold/dev187.jsonl fixtures/gold/dev188.jsonl fixtures/gold/dev189.jsonl fixtures/gold/dev190.jsonl fixtures/gold/dev191.jsonl fixtures/gold/dev192.jsonl fixtures/gold/dev193.jsonl fixtures/gold/dev194.jsonl fixtures/gold/dev195.jsonl fixtures/gold/dev196.jsonl fixtures/gold/dev197.jsonl fixtures/gold/dev198.jsonl fixtures/gold/dev199.jsonl fixtures/gold/dev200.jsonl fixtures/gold/dev201.jsonl fixtures/gold/dev202.jsonl fixtures/gold/dev203.jsonl fixtures/gold/dev204.jsonl fixtures/gold/dev205.jsonl fixtures/gold/dev206.jsonl fixtures/gold/dev207.jsonl fixtures/gold/dev208.jsonl fixtures/gold/dev209.jsonl fixtures/gold/dev210.jsonl fixtures/gold/dev211.jsonl fixtures/gold/dev212.jsonl fixtures/gold/dev213.jsonl fixtures/gold/dev214.jsonl fixtures/gold/dev215.jsonl fixtures/gold/dev216.jsonl fixtures/gold/dev217.jsonl fixtures/gold/dev218.jsonl fixtures/gold/dev219.jsonl fixtures/gold/dev220.jsonl fixtures/gold/dev221.jsonl fixtures/gold/dev222.jsonl fixtures/gold/dev223.jsonl fixtures/gold/dev224.jsonl fixtures/gold/dev225.jsonl fixtures/gold/dev226.jsonl fixtures/gold/dev227.jsonl fixtures/gold/dev228.jsonl fixtures/gold/dev229.jsonl fixtures/gold/dev230.jsonl fixtures/gold/dev231.jsonl fixtures/gold/dev232.jsonl fixtures/gold/dev233.jsonl fixtures/gold/dev234.jsonl fixtures/gold/dev235.jsonl fixtures/gold/dev236.jsonl fixtures/gold/dev237.jsonl fixtures/gold/dev238.jsonl fixtures/gold/dev239.jsonl fixtures/gold/dev240.jsonl fixtures/gold/dev241.jsonl fixtures/gold/dev242.jsonl fixtures/gold/dev243.jsonl fixtures/gold/dev244.jsonl fixtures/gold/dev245.jsonl fixtures/gold/dev246.jsonl fixtures/gold/dev247.jsonl fixtures/gold/dev248.jsonl fixtures/gold/dev249.jsonl fixtures/gold/dev250.jsonl fixtures/gold/dev251.jsonl fixtures/gold/dev252.jsonl fixtures/gold/dev253.jsonl fixtures/gold/dev254.jsonl fixtures/gold/dev255.jsonl fixtures/gold/dev256.jsonl fixtures/gold/dev257.jsonl fixtures/gold/dev258.jsonl fixtures/gold/dev259.jsonl fixtures/gold/dev260.jsonl fixtures/gold/dev261.jsonl fixtures/gold/dev262.jsonl fixtures/gold/dev263.jsonl fixtures/gold/dev264.jsonl

# the test split: score it only at milestones (fixtures/SPLIT.md)
eval-test: install
	$(BIN)/minerwire eval fixtures/holdout/test.jsonl

# benchmarks, not tests: extraction, page parsing, ingest, no-op run, analysts' query; writes bench/results.json
# and BENCHMARKS.md (bench/run_all.py)
bench: install
	$(BIN)/python -m bench.run_all

clean:
	rm -rf $(VENV) data .prefect .pytest_cache
