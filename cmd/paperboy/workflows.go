package main

import (
	"cmp"
	"fmt"
	"runtime/debug"
	"strings"

	"golang.org/x/mod/semver"
)

// The GitHub Actions workflows that new site writes, which the README
// shows: pages.yml publishes the site, import.yml imports the Hugging Face
// daily list every night, mail.yml mails the daily digest.

// workflowRelease returns the version of Paperboy that a new site's
// workflow installs, so that a deploy builds the site with the Paperboy
// the curator previews it with: this binary's release (releaseOf), or the
// commit it was built from, which go install can fetch once it is on
// GitHub; failing both, "latest", whatever is newest at each run. note,
// when not "", says what the workflow installs and what to do about it:
// a checkout's local changes are in no version the workflow can install,
// and latest should be pinned.
func workflowRelease(bi *debug.BuildInfo) (release, note string) {
	if r := "v" + releaseOf(bi); r != "v"+devVersion && semver.IsValid(r) && semver.Build(r) == "" {
		return r, ""
	}
	v := vcsOf(bi)
	if v.commit == "" {
		return "latest", "the newest Paperboy at each run (@latest), since this paperboy has no version to name " +
			"(it was built without its git information, as go build -buildvcs=false builds); " +
			"replace latest in each with the release you preview with (@v0.3.1), or make sites with an installed paperboy " +
			"(go install github.com/paperboy-digest/paperboy/cmd/paperboy@latest), which writes its own version"
	}
	release = v.commit
	if bi != nil && semver.Build(bi.Main.Version) == "+dirty" {
		release = strings.TrimSuffix(bi.Main.Version, "+dirty") // the commit's pseudo-version
	}
	if !v.modified {
		return release, ""
	}
	return release, fmt.Sprintf("@%s, the commit this paperboy was built from, without its checkout's local changes, which no workflow can install; "+
		"commit and push them to GitHub and write that commit in each, or a release (@v0.3.1)", release)
}

// pagesWorkflow returns a GitHub Actions workflow that builds the site
// with Paperboy's release (latest when empty) and publishes it to GitHub
// Pages on every push to main, every day and by hand. With latest, a
// comment says to pin a version. The README's "Deploy to GitHub Pages"
// shows it with latest (TestREADMEShowsWorkflows).
func pagesWorkflow(release string) string {
	return withRelease(pagesWorkflowTemplate, release)
}

// mailWorkflow returns the GitHub Actions workflow that mails yesterday's
// digest each morning with Paperboy's release (latest when empty), off
// until the secrets it sends with are set. The README's "Send the daily
// email from GitHub Actions" shows it with latest
// (TestREADMEShowsWorkflows).
func mailWorkflow(release string) string {
	return withRelease(mailWorkflowTemplate, release)
}

// importWorkflow returns the GitHub Actions workflow that imports the
// Hugging Face daily list every night with Paperboy's release (latest when
// empty) and commits it, for pages.yml's daily run to publish. The
// README's "Publish" shows it with latest (TestREADMEShowsWorkflows).
func importWorkflow(release string) string {
	return withRelease(importWorkflowTemplate, release)
}

// withRelease fills in the workflow template tmpl the steps that install
// Paperboy's release (latest when empty: then with pinComment).
func withRelease(tmpl, release string) string {
	pin := ""
	if release == "" || release == "latest" {
		release, pin = "latest", pinComment
	}
	install := strings.NewReplacer("@RELEASE", "@"+release, "        @PIN\n", pin).Replace(installSteps)
	return strings.Replace(tmpl, "      @INSTALL\n", install, 1)
}

// installSteps are the steps of a workflow's job that install Paperboy's
// @RELEASE, with @PIN's comment above the command.
const installSteps = `      - uses: actions/setup-go@v6
        with:
          go-version: stable
          cache: false
      - name: Install Paperboy
        @PIN
        run: go install github.com/paperboy-digest/paperboy/cmd/paperboy@RELEASE
`

// pinComment is what a workflow that installs Paperboy@latest says above
// the command.
const pinComment = `        # @latest installs the newest Paperboy at each run, which may build the
        # site otherwise than the one you preview with: write that one's
        # version in its place (paperboy version prints it; @v0.3.1).
`

const pagesWorkflowTemplate = `# Builds the site with Paperboy and publishes it to GitHub Pages, and
# checks each pull request without publishing it.
# Enable it once: Settings → Pages → Build and deployment → Source: GitHub Actions.
name: Deploy to GitHub Pages

on:
  push:
    branches: [main]
  # A pull request is checked (paperboy check: every mistake in the sources,
  # broken link and feed problem, each shown at its line of the pull
  # request's files) and published only once it is merged.
  pull_request:
  # Daily: publishes what a scheduled import committed (a push made with
  # the default GITHUB_TOKEN starts no workflow). Pages depend on the
  # content, never on the date.
  schedule:
    - cron: "30 6 * * *"
  workflow_dispatch:

permissions:
  contents: read

# One deploy at a time, in order, and none cancelled while it runs; a pull
# request's check runs on its own, and a newer push to the pull request
# cancels the older one. GitHub keeps one waiting run per group: a run
# queued while another waits replaces it, and deploys the newer commit.
# So the daily email is a workflow of its own (mail.yml, see the README),
# which a push's run could not cancel with this one.
concurrency:
  group: ${{ github.event_name == 'pull_request' && format('check-{0}', github.ref) || 'pages' }}
  cancel-in-progress: ${{ github.event_name == 'pull_request' }}

jobs:
  build:
    runs-on: ubuntu-latest
    timeout-minutes: 30
    steps:
      - uses: actions/checkout@v6
      @INSTALL
      - name: Check
        if: github.event_name == 'pull_request'
        run: paperboy check
      - id: pages
        if: github.event_name != 'pull_request'
        uses: actions/configure-pages@v6
      - name: Build
        if: github.event_name != 'pull_request'
        run: paperboy build --base-url "${{ steps.pages.outputs.base_url }}/" --destination public
      - if: github.event_name != 'pull_request'
        uses: actions/upload-pages-artifact@v5
        with:
          path: public
          # The site's own files that start with a dot too: .nojekyll, and
          # a theme's static/.well-known/ (security.txt, domain checks).
          include-hidden-files: true

  deploy:
    needs: build
    if: github.event_name != 'pull_request'
    runs-on: ubuntu-latest
    timeout-minutes: 10
    permissions: # only the deploy publishes
      pages: write
      id-token: write
    environment:
      name: github-pages
      url: ${{ steps.deployment.outputs.page_url }}
    steps:
      - id: deployment
        uses: actions/deploy-pages@v5
`

// importWorkflowTemplate is import.yml.
const importWorkflowTemplate = `# .github/workflows/import.yml
# Imports the Hugging Face daily list every night and commits it to the
# default branch; pages.yml's daily run publishes it. Delete this file to
# import only by hand (paperboy import), or change the command below to
# import otherwise.
name: Import daily papers
on:
  schedule:
    - cron: "30 23 * * *"   # 23:30 UTC, after the day's list has filled up
  workflow_dispatch:
    inputs:
      date:
        description: "Day to import (YYYY-MM-DD); empty for yesterday and today (UTC)"
        required: false
permissions:
  contents: write
concurrency:                # one import at a time, and none cancelled
  group: import
  cancel-in-progress: false
jobs:
  import:
    runs-on: ubuntu-latest
    timeout-minutes: 15       # a fetch that hangs fails the run, not 6 hours later
    steps:
      - uses: actions/checkout@v6
      @INSTALL
      - name: Import the Hugging Face lists and commit them
        env:
          DAY: ${{ inputs.date }}
          SITE: .                 # the site's folder in the repository
        run: |
          git config user.name "github-actions[bot]"
          git config user.email "41898282+github-actions[bot]@users.noreply.github.com"
          branch=$GITHUB_REF_NAME  # the default branch, for the nightly run
          # If the branch moves while this runs (a pull request is merged),
          # the push is refused: start again from where it is now. Importing
          # a day again changes nothing but what the source changed, so it
          # is safe.
          for try in 1 2 3; do
            echo "try $try: importing onto origin/$branch"
            git fetch -q origin "$branch" && git reset -q --hard "origin/$branch"
            # Yesterday's list again too: a run GitHub started after
            # midnight, or one that failed, would otherwise miss a day. A
            # day that fails does not keep the other's papers out.
            failed=""
            for d in ${DAY:-yesterday today}; do
              if paperboy import hf -s "$SITE" --fetch --date "$d"; then
                git add "$SITE/content/"
              else
                # What a failed import wrote (papers the build refuses) is
                # not committed: back to the days staged before it.
                failed="$failed $d"
                git checkout -q -- "$SITE/content/"
                git clean -fdq -- "$SITE/content/"
              fi
            done
            if git diff --cached --quiet; then
              echo "nothing new"
            else
              git commit -q -m "Import daily papers"
              if ! git push -q origin "HEAD:$branch"; then
                if [ "$(git ls-remote origin "refs/heads/$branch" | cut -f1)" = "$(git rev-parse HEAD~1)" ]; then
                  echo "::error::$branch refused the push, though it had not moved: a rule protects it, which this workflow's token cannot pass; see the README's \"Curating as a team\""
                  exit 1
                fi
                continue
              fi
            fi
            if [ -n "$failed" ]; then
              echo "::error::the import of$failed failed (its error is above); the other days are committed"
              exit 1
            fi
            exit 0
          done
          echo "::error::$branch moved during each of three tries; nothing was pushed"
          exit 1
`

// mailWorkflowTemplate is mail.yml: the settings job turns the email off
// (a notice on the daily run, an error on a run by hand) until its
// secrets are set, so a new site's daily runs neither fail nor send.
const mailWorkflowTemplate = `# .github/workflows/mail.yml
# Mails yesterday's digest each morning, once a deploy has published it.
# It is off until you add the secrets it sends with, under Settings →
# Secrets and variables → Actions: PAPERBOY_SMTP_HOST, PAPERBOY_SMTP_USER,
# PAPERBOY_SMTP_PASSWORD and DIGEST_RECIPIENTS (addresses separated by
# commas, semicolons or line breaks); until then its daily run says which
# are missing and sends nothing. A
# secret holds at most 48 KB, about 1,800 addresses: for a longer list,
# commit it encrypted as .github/recipients.txt.gpg (gpg --symmetric
# recipients.txt, one address per line) and put its passphrase in the
# secret DIGEST_RECIPIENTS_PASSPHRASE in place of DIGEST_RECIPIENTS. The
# sender is newsletter.from in content/site.yaml. Each run checks the
# sender, the server and its login first, and fails at once when one is
# wrong, before it waits for the deploy.
# It is a workflow of its own, not a job of pages.yml: GitHub keeps one
# waiting run per concurrency group and cancels it when another run
# queues, so a push made while a deploy runs would cancel the waiting
# daily run of pages.yml, and a mail job in it. Nothing else queues in
# this workflow's group, so it is never dropped; it waits until a run of
# pages.yml has deployed the commit it mails from (the daily run, or the
# push's run that took its place), so every link in the email works.
# A day goes out once: the branch mail-record keeps what was mailed, and a
# run for a day mailed already sends nothing unless run by hand with resend.
# For a weekly email, run it on Mondays (cron "30 6 * * 1") and write
# --week last for --date yesterday in both paperboy mail lines; for a
# monthly one, on the 1st ("30 6 1 * *") with --month last.
name: Mail the daily digest

on:
  schedule:
    - cron: "30 6 * * *" # with pages.yml's daily deploy
  workflow_dispatch:
    inputs:
      resend:
        description: Mail yesterday's digest even if it was mailed already (every recipient gets it again)
        type: boolean
        default: false

permissions:
  contents: write # to keep the record of what was mailed on the branch mail-record
  actions: read # to see pages.yml's runs
  pages: read # to ask the site's address

concurrency:
  group: mail
  cancel-in-progress: false

jobs:
  settings:
    runs-on: ubuntu-latest
    timeout-minutes: 5
    outputs:
      ready: ${{ steps.secrets.outputs.ready }}
    steps:
      - id: secrets
        name: Are the email's secrets set?
        env:
          PAPERBOY_SMTP_HOST: ${{ secrets.PAPERBOY_SMTP_HOST }}
          PAPERBOY_SMTP_USER: ${{ secrets.PAPERBOY_SMTP_USER }}
          PAPERBOY_SMTP_PASSWORD: ${{ secrets.PAPERBOY_SMTP_PASSWORD }}
          DIGEST_RECIPIENTS: ${{ secrets.DIGEST_RECIPIENTS }}
          DIGEST_RECIPIENTS_PASSPHRASE: ${{ secrets.DIGEST_RECIPIENTS_PASSPHRASE }}
        run: |
          missing=()
          for name in PAPERBOY_SMTP_HOST PAPERBOY_SMTP_USER PAPERBOY_SMTP_PASSWORD; do
            [ -n "${!name}" ] || missing+=("$name")
          done
          if [ -z "$DIGEST_RECIPIENTS$DIGEST_RECIPIENTS_PASSPHRASE" ]; then
            missing+=("DIGEST_RECIPIENTS (or DIGEST_RECIPIENTS_PASSPHRASE)")
          fi
          if [ "${#missing[@]}" -eq 0 ]; then
            echo "ready=true" >> "$GITHUB_OUTPUT"
            exit 0
          fi
          msg="the daily email is off: add the secrets ${missing[*]} under Settings → Secrets and variables → Actions (see the comment at the top of .github/workflows/mail.yml)"
          if [ "$GITHUB_EVENT_NAME" = workflow_dispatch ]; then
            echo "::error::$msg"
            exit 1
          fi
          echo "::notice::$msg"

  mail:
    needs: settings
    if: needs.settings.outputs.ready == 'true'
    runs-on: ubuntu-latest
    timeout-minutes: 60 # 30 to wait for the deploy, then about 3,000 messages at the default --rate 2; raise it for a longer list
    steps:
      - uses: actions/checkout@v6
      @INSTALL
      - name: Read the recipients
        env:
          DIGEST_RECIPIENTS_PASSPHRASE: ${{ secrets.DIGEST_RECIPIENTS_PASSPHRASE }}
        run: |
          list="$RUNNER_TEMP/recipients.txt"
          : > "$list"
          if [ -n "$DIGEST_RECIPIENTS_PASSPHRASE" ]; then
            if [ ! -f .github/recipients.txt.gpg ]; then
              echo "::error::DIGEST_RECIPIENTS_PASSPHRASE is set, but there is no .github/recipients.txt.gpg to decrypt with it; commit the list made by gpg --symmetric recipients.txt"
              exit 1
            fi
            gpg --batch --quiet --yes --pinentry-mode loopback --passphrase-fd 0 \
              --decrypt --output "$list" .github/recipients.txt.gpg <<< "$DIGEST_RECIPIENTS_PASSPHRASE"
          fi
      - name: Check the sender, the server and its login
        env:
          PAPERBOY_SMTP_HOST: ${{ secrets.PAPERBOY_SMTP_HOST }}
          PAPERBOY_SMTP_USER: ${{ secrets.PAPERBOY_SMTP_USER }}
          PAPERBOY_SMTP_PASSWORD: ${{ secrets.PAPERBOY_SMTP_PASSWORD }}
          DIGEST_RECIPIENTS: ${{ secrets.DIGEST_RECIPIENTS }}
        run: paperboy mail --send --dry-run --date yesterday --if-exists --to "$DIGEST_RECIPIENTS" --to-file "$RUNNER_TEMP/recipients.txt"
      - name: Wait for a deploy of this commit
        env:
          GH_TOKEN: ${{ github.token }}
        run: |
          for _ in $(seq 60); do
            deployed=$(gh run list --workflow pages.yml --branch "$GITHUB_REF_NAME" --status success --limit 10 \
              --json headSha,event --jq '[.[] | select(.event != "pull_request")][0].headSha // empty')
            if [ -n "$deployed" ]; then
              status=$(gh api "repos/$GITHUB_REPOSITORY/compare/$deployed...$GITHUB_SHA" --jq .status)
              if [ "$status" = identical ] || [ "$status" = behind ]; then
                exit 0
              fi
            fi
            sleep 30
          done
          echo "::error::no run of pages.yml deployed $GITHUB_SHA within 30 minutes, so the digest was not mailed; see that workflow's runs, then run this one by hand"
          exit 1
      - id: site
        name: Ask the site's address
        env:
          GH_TOKEN: ${{ github.token }}
        run: echo "base_url=$(gh api "repos/$GITHUB_REPOSITORY/pages" --jq '.html_url | rtrimstr("/")')" >> "$GITHUB_OUTPUT"
      - id: record
        name: Read the record of what was mailed
        run: |
          status=0
          git ls-remote --exit-code --heads origin mail-record > /dev/null || status=$?
          case $status in
            0) git fetch --depth 1 origin mail-record
               git show FETCH_HEAD:mailed.txt > "$RUNNER_TEMP/mailed.txt"
               echo "parent=$(git rev-parse FETCH_HEAD)" >> "$GITHUB_OUTPUT" ;;
            2) echo "no branch mail-record yet: nothing was mailed" ;;
            *) exit "$status" ;;
          esac
      - name: Send yesterday's digest
        env:
          PAPERBOY_SMTP_HOST: ${{ secrets.PAPERBOY_SMTP_HOST }}
          PAPERBOY_SMTP_USER: ${{ secrets.PAPERBOY_SMTP_USER }}
          PAPERBOY_SMTP_PASSWORD: ${{ secrets.PAPERBOY_SMTP_PASSWORD }}
          DIGEST_RECIPIENTS: ${{ secrets.DIGEST_RECIPIENTS }}
          SITE_URL: ${{ steps.site.outputs.base_url }}
          RESEND: ${{ inputs.resend }}
        run: |
          resend=()
          if [ "$RESEND" = true ]; then resend=(--resend); fi
          paperboy mail --send --date yesterday --if-exists --record "$RUNNER_TEMP/mailed.txt" "${resend[@]}" \
            --base-url "$SITE_URL/" --to "$DIGEST_RECIPIENTS" --to-file "$RUNNER_TEMP/recipients.txt"
      - name: Keep the record of what was mailed
        # Even when sending failed or was cancelled half-way: the record
        # then says which run began and did not end.
        if: always() && steps.record.outcome == 'success'
        env:
          PARENT: ${{ steps.record.outputs.parent }}
          GIT_AUTHOR_NAME: github-actions[bot]
          GIT_AUTHOR_EMAIL: 41898282+github-actions[bot]@users.noreply.github.com
          GIT_COMMITTER_NAME: github-actions[bot]
          GIT_COMMITTER_EMAIL: 41898282+github-actions[bot]@users.noreply.github.com
        run: |
          [ -f "$RUNNER_TEMP/mailed.txt" ] || exit 0
          blob=$(git hash-object -w "$RUNNER_TEMP/mailed.txt")
          parent=()
          if [ -n "$PARENT" ]; then
            [ "$(git rev-parse "$PARENT:mailed.txt")" != "$blob" ] || exit 0 # nothing was mailed
            parent=(-p "$PARENT")
          fi
          tree=$(printf '100644 blob %s\tmailed.txt\n' "$blob" | git mktree)
          commit=$(git commit-tree "$tree" "${parent[@]}" -m "What the daily email mailed, run $GITHUB_RUN_ID")
          git push origin "$commit:refs/heads/mail-record"
`

// gitlabPipeline returns the .gitlab-ci.yml that new site writes in a
// repository on GitLab, in place of GitHub's workflows, which GitLab never
// runs: its pages job builds the site in the folder sub of the repository
// (a slash path, "" at the top) with Paperboy's release (latest when
// empty: then with a comment that says to pin it) for GitLab Pages'
// address, on each push to the default branch; its check job checks each
// merge request. GitLab Pages publishes the artifact public/ of the job
// named pages, at the top of the repository wherever the site is. The
// README's "GitLab Pages" shows it with latest (TestREADMEShowsGitLabPipeline).
func gitlabPipeline(release, sub string) string {
	pin := ""
	if release == "" || release == "latest" {
		release, pin = "latest", gitlabPinComment
	}
	return strings.NewReplacer("@RELEASE", "@"+release, "    @PIN\n", pin, "@SITE", yamlPath(cmp.Or(sub, "."))).Replace(gitlabPipelineTemplate)
}

// gitlabPinComment is what a .gitlab-ci.yml that installs Paperboy@latest
// says above the command.
const gitlabPinComment = `    # @latest installs the newest Paperboy at each run, which may build the
    # site otherwise than the one you preview with: write that one's
    # version in its place (paperboy version prints it; @v0.3.1).
`

const gitlabPipelineTemplate = `# .gitlab-ci.yml
# Builds the site with Paperboy and publishes it on GitLab Pages on each
# push to the default branch, and checks each merge request without
# publishing it. GitLab shows the site's address under Deploy → Pages.
default:
  image: golang:1
  timeout: 30 minutes
  before_script:
    @PIN
    - go install github.com/paperboy-digest/paperboy/cmd/paperboy@RELEASE

variables:
  SITE: @SITE # the site's folder in the repository

pages:
  script:
    # GitLab Pages publishes the folder public/ at the top of the
    # repository, at its address $CI_PAGES_URL.
    - paperboy build -s "$SITE" --base-url "$CI_PAGES_URL/" --destination public
  artifacts:
    paths:
      - public
  rules:
    # Not in a scheduled pipeline (a nightly import's, see the README):
    # the import's push starts a pipeline of its own, which publishes it.
    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH && $CI_PIPELINE_SOURCE != "schedule"

# Every mistake in the sources, broken link and feed problem of a merge
# request, at its line; it publishes nothing.
check:
  script:
    - paperboy check -s "$SITE"
  rules:
    - if: $CI_PIPELINE_SOURCE == "merge_request_event"
`
