// CI variant: every option at its default (no VNet, no NAT gateway, no deployer data roles, keep every blob).
using '../main.bicep'

param environmentName = 'ci-off'
param location = 'eastus2'
param powerSchoolSisBaseUrl = 'https://district.example.org'
param powerSchoolEnrollmentBaseUrl = 'https://enrollment.example.org'
param syncDeliveryTargets = '123'
