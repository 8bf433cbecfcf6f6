@echo off
rem Phasic Traces: starts the IPFS daemon (Kubo) at logon with its repository.
rem Written by `phasic-traces-cli service install`; remove it with
rem `phasic-traces-cli service uninstall`.
chcp 65001 >nul
set "IPFS_PATH=D:\IPFS 100%%\repo"
"C:\Program Files (x86)\Kubo & Co\ipfs.exe" daemon --migrate=true --enable-gc
